import { describe, expect, it } from 'vitest';
import { fetchPack } from './fetch-pack';

const URL_ = 'https://kb.example.com/acme.json';
const respond = (body: string | null, init: ResponseInit & { url?: string } = {}) => {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: init.url ?? URL_ });
  return response;
};

describe('fetchPack', () => {
  it('sends the stored validators and reads 304 as not modified', async () => {
    const seen: Headers[] = [];
    const fake = (async (_url: string, init: RequestInit) => {
      seen.push(new Headers(init.headers));
      return respond(null, { status: 304 });
    }) as typeof fetch;
    expect(await fetchPack(URL_, { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' }, fake)).toEqual({
      kind: 'not-modified',
    });
    expect(seen[0]!.get('if-none-match')).toBe('"v1"');
    expect(seen[0]!.get('if-modified-since')).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
  });

  it('returns the text and the new validators', async () => {
    const fake = (async () =>
      respond('{"x":1}', { status: 200, headers: { etag: '"v2"' } })) as unknown as typeof fetch;
    expect(await fetchPack(URL_, {}, fake)).toEqual({ kind: 'fetched', text: '{"x":1}', etag: '"v2"' });
  });

  it('asks again without validators when the conditional request fails (CORS preflight)', async () => {
    let calls = 0;
    const fake = (async (_url: string, init: RequestInit) => {
      calls++;
      if (new Headers(init.headers).has('if-none-match')) throw new TypeError('Failed to fetch');
      return respond('{}', { status: 200 });
    }) as typeof fetch;
    expect((await fetchPack(URL_, { etag: '"v1"' }, fake)).kind).toBe('fetched');
    expect(calls).toBe(2);
  });

  it('refuses http URLs, redirects to http, errors and oversized answers', async () => {
    const never = (async () => {
      throw new Error('must not be called');
    }) as unknown as typeof fetch;
    expect(await fetchPack('http://kb.example.com/a.json', {}, never)).toMatchObject({ kind: 'failed' });
    const redirected = (async () =>
      respond('{}', { status: 200, url: 'http://kb.example.com/a.json' })) as unknown as typeof fetch;
    expect(await fetchPack(URL_, {}, redirected)).toMatchObject({ kind: 'failed' });
    const gone = (async () => respond('no', { status: 404 })) as unknown as typeof fetch;
    expect(await fetchPack(URL_, {}, gone)).toEqual({ kind: 'failed', message: 'answered HTTP 404' });
    const huge = (async () => respond('x'.repeat(8_000_001), { status: 200 })) as unknown as typeof fetch;
    expect(await fetchPack(URL_, {}, huge)).toEqual({
      kind: 'failed',
      message: 'is over 8 MB; packs are limited to 2 MB',
    });
  });

  it('follows no redirect: https → http → https back to the same address is refused', async () => {
    // As browsers fetch: a followed redirect shows only where it ended; a manual one, no Location.
    const hops = (async (_url: string, init: RequestInit) => {
      if (init.redirect === 'manual') {
        const response = respond(null, { status: 200 });
        Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
        Object.defineProperty(response, 'status', { value: 0 });
        return response;
      }
      const response = respond('{}', { status: 200, url: URL_ });
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    }) as typeof fetch;
    expect(await fetchPack(URL_, {}, hops)).toEqual({
      kind: 'failed',
      message: 'redirects to another address; subscribe to the https:// address the pack is served from',
    });
    const elsewhere = (async () =>
      respond('{}', { status: 200, url: 'https://cdn.example.net/acme.json' })) as unknown as typeof fetch;
    expect(await fetchPack(URL_, {}, elsewhere)).toEqual({
      kind: 'failed',
      message: 'was answered from another address (https://cdn.example.net)',
    });
  });
});
