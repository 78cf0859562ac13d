import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adaptersFor } from '../../adapters';
import type { SiteAdapter } from '../../adapters/site-adapter';
import { isMessage, type InsertReply } from '../../lib/messages';
import { sendMessage } from '../../services/messaging';
import type { Ticket } from '../../lib/tickets/ticket';

const SETTLE_MS = 150;
const noTicket: InsertReply = { ok: false, reason: 'The ticket is no longer on the page.' };
// Web-component pages render after their data arrives, sometimes into shadow roots attached after our
// observers were placed: while such a page shows no ticket yet, look again a few times.
const RETRY_MS = [300, 700, 1500, 3000, 6000];

function readTicket(adapters: readonly SiteAdapter[], url: URL): Ticket | null {
  for (const adapter of adapters) {
    const ticket = adapter.readTicket(document, url);
    if (ticket) return ticket;
  }
  return null;
}

/**
 * Reports this frame's ticket to the panel (through the background relay) whenever it changes:
 * on load, on edits of the page's fields, on DOM changes, on SPA route changes and when the panel asks.
 */
export function watchTicket(ctx: ContentScriptContext): void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => ctx.isValid && report(), SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  const watched = new WeakSet<Node>();
  const watch = (root: Node): void => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  };

  const report = (force = false): void => {
    const url = new URL(location.href);
    const adapters = adaptersFor(url);
    let ticket: Ticket | null = null;
    try {
      ticket = readTicket(adapters, url);
      // Web-component pages: what renders inside shadow roots never reaches the document's observer.
      for (const adapter of adapters) adapter.watchRoots?.(document, url).forEach(watch);
    } catch (error) {
      // The host page must never break because of us: log once, carry on as "no ticket".
      if (!failed) console.warn('[Runbook Lens] could not read the ticket:', error);
      failed = true;
    }
    clearTimeout(retryTimer);
    if (ticket) retries = 0;
    else if (retries < RETRY_MS.length && adapters.length) {
      retryTimer = setTimeout(() => ctx.isValid && report(), RETRY_MS[retries++]);
    }
    const key = JSON.stringify(ticket);
    if (!force && key === last) return;
    if (last === '' && ticket === null && !force) {
      last = key;
      return;
    }
    last = key;
    sendMessage({ type: 'ticket', ticket }).catch(() => {});
  };

  report();
  // `input` is composed, so edits inside shadow roots arrive here too; `change` is not.
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  // SPA routes (workspace tabs, portal): WXT watches the URL (Navigation API, else a 1 s poll).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    retries = 0;
    schedule();
  });
  ctx.addEventListener(window, 'pagehide', () => {
    if (last !== 'null' && last !== '') sendMessage({ type: 'ticket', ticket: null }).catch(() => {});
  });
  watch(document.documentElement);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(retryTimer);
  });

  // This script has no webextension-polyfill (wxt.config.ts): Chrome takes an answer through
  // sendResponse (and `return true` to keep the channel open), not a returned promise.
  const onMessage = (
    message: unknown,
    _sender: unknown,
    sendResponse: (reply: InsertReply) => void,
  ): true | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'report-ticket') {
      report(true);
      return undefined;
    }
    if (message.type !== 'insert-note') return undefined;
    const url = new URL(location.href);
    const adapter = adaptersFor(url).find((a) => a.readTicket(document, url));
    Promise.resolve()
      .then(() => adapter?.insertNote(document, url, message.note) ?? noTicket)
      .catch((error: Error) => ({ ok: false, reason: `Insertion failed: ${error.message}` }) as const)
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
