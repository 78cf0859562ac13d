import type { BrowserContext, Page, Request } from '@playwright/test';

/** One network request made by the extension: its service worker, its pages, or its content scripts. */
export interface ExtensionRequest {
  url: string;
  method: string;
  by: 'service-worker' | 'extension-page' | 'content-script';
  headers: Record<string, string>;
  postData: string;
}

const EXTENSION = 'chrome-extension://';

/** Content-script fetches show as the page's own requests; only the initiator's stack tells them apart. */
interface Initiator {
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}
function initiatorUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((f) => f.url));
  return urls;
}

/**
 * Records every request the extension makes in `context`: service-worker and extension-page requests
 * from Playwright's context events, content-script requests from CDP Network.requestWillBeSent on each
 * page (initiator stack in chrome-extension://). Call before opening the pages to watch.
 */
export async function watchExtensionNetwork(context: BrowserContext): Promise<ExtensionRequest[]> {
  const seen: ExtensionRequest[] = [];
  const fromPlaywright = async (request: Request) => {
    const worker = request.serviceWorker();
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    const by = worker?.url().startsWith(EXTENSION)
      ? 'service-worker'
      : frameUrl.startsWith(EXTENSION)
        ? 'extension-page'
        : null;
    if (!by) return;
    seen.push({
      url: request.url(),
      method: request.method(),
      by,
      headers: await request.allHeaders().catch(() => request.headers()),
      postData: request.postData() ?? '',
    });
  };
  context.on('request', (request) => void fromPlaywright(request));

  const watchPage = async (page: Page) => {
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      const { request, initiator, documentURL } = event as unknown as {
        request: { url: string; method: string; headers: Record<string, string>; postData?: string };
        initiator: Initiator;
        documentURL: string;
      };
      // Extension pages are covered by the frame check above.
      if (documentURL.startsWith(EXTENSION)) return;
      if (!initiatorUrls(initiator).some((u) => u.startsWith(EXTENSION))) return;
      seen.push({
        url: request.url,
        method: request.method,
        by: 'content-script',
        headers: request.headers,
        postData: request.postData ?? '',
      });
    });
    await cdp.send('Network.enable');
  };
  await Promise.all(context.pages().map(watchPage));
  context.on('page', (page) => void watchPage(page));
  return seen;
}

/** Requests that left the extension (its own chrome-extension:// resources excluded). */
export const outgoing = (requests: readonly ExtensionRequest[]): ExtensionRequest[] =>
  requests.filter((r) => !r.url.startsWith(EXTENSION));
