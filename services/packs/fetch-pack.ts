import { PACK_MAX_BYTES, PACK_TOO_LARGE } from '../../lib/packs/pack-schema';
import type { FetchOutcome } from '../../lib/packs/pack-store';
import { isPackUrl } from '../../lib/settings/policy';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

const failed = (message: string): FetchOutcome => ({ kind: 'failed', message });
/** Reads at most PACK_MAX_BYTES of the body, so a hostile server cannot fill memory with an endless answer. */
async function readCapped(response: Response): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > PACK_MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

async function get(url: string, headers: Record<string, string>, fetchImpl: typeof fetch): Promise<Response> {
  // No cookies or HTTP auth: a pack URL must be readable without the agent's identity (docs/privacy.md).
  return fetchImpl(url, {
    headers,
    credentials: 'omit',
    cache: 'no-store',
    // Fetch never shows the hops of a followed redirect: https → http → https would look like https.
    // A manual redirect hides its Location, so no redirect is followed: the admin or user subscribes
    // to the address that answers.
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
}

/**
 * One conditional GET of a pack URL (https only; ETag → If-None-Match, Last-Modified →
 * If-Modified-Since). Those headers make the request "non-simple", so a server without CORS for them
 * fails the preflight: we then ask once more without them, which any server allowing a plain
 * cross-origin GET answers.
 */
export async function fetchPack(
  url: string,
  validators: Validators,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchOutcome> {
  if (!isPackUrl(url)) return failed('only https:// URLs can be subscribed to');
  const conditional: Record<string, string> = {};
  if (validators.etag) conditional['If-None-Match'] = validators.etag;
  if (validators.lastModified) conditional['If-Modified-Since'] = validators.lastModified;
  let response: Response;
  try {
    response = await get(url, conditional, fetchImpl);
  } catch (error) {
    if (Object.keys(conditional).length === 0)
      return failed(
        `could not be fetched (${(error as Error).message}); the server must allow cross-origin requests (CORS)`,
      );
    try {
      response = await get(url, {}, fetchImpl);
    } catch (second) {
      return failed(
        `could not be fetched (${(second as Error).message}); the server must allow cross-origin requests (CORS)`,
      );
    }
  }
  if (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400 && response.status !== 304)
  )
    return failed('redirects to another address; subscribe to the https:// address the pack is served from');
  if (response.url && new URL(response.url).origin !== new URL(url).origin)
    return failed(`was answered from another address (${new URL(response.url).origin})`);
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) return failed(`answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > PACK_MAX_BYTES) return failed(PACK_TOO_LARGE);
  const text = await readCapped(response);
  if (text === null) return failed(PACK_TOO_LARGE);
  return {
    kind: 'fetched',
    text,
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  };
}
