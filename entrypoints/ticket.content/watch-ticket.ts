import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adaptersFor } from '../../adapters';
import { isMessage, type InsertReply } from '../../lib/messages';
import type { Ticket } from '../../lib/ticket';

const SETTLE_MS = 150;

function readTicket(): Ticket | null {
  const url = new URL(location.href);
  for (const adapter of adaptersFor(url)) {
    const ticket = adapter.readTicket(document, url);
    if (ticket) return ticket;
  }
  return null;
}

/**
 * Reports this frame's ticket to the panel (through the background relay) whenever it changes:
 * on load, on edits of the page's fields, on DOM changes (SPA navigation) and when the panel asks.
 */
export function watchTicket(ctx: ContentScriptContext): void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;

  const report = (force = false): void => {
    let ticket: Ticket | null = null;
    try {
      ticket = readTicket();
    } catch (error) {
      // The host page must never break because of us: log once, carry on as "no ticket".
      if (!failed) console.warn('[Runbook Lens] could not read the ticket:', error);
      failed = true;
    }
    const key = JSON.stringify(ticket);
    if (!force && key === last) return;
    if (last === '' && ticket === null && !force) {
      last = key;
      return;
    }
    last = key;
    browser.runtime.sendMessage({ type: 'ticket', ticket }).catch(() => {});
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => ctx.isValid && report(), SETTLE_MS);
  };

  report();
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  ctx.addEventListener(window, 'pagehide', () => {
    if (last !== 'null' && last !== '') browser.runtime.sendMessage({ type: 'ticket', ticket: null }).catch(() => {});
  });
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  const onMessage = (message: unknown): Promise<InsertReply> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'report-ticket') {
      report(true);
      return undefined;
    }
    if (message.type === 'insert-note') {
      const url = new URL(location.href);
      const adapter = adaptersFor(url).find((a) => a.readTicket(document, url));
      if (!adapter) return Promise.resolve({ ok: false, reason: 'The ticket is no longer on the page.' });
      try {
        return Promise.resolve(adapter.insertNote(document, url, message.note));
      } catch (error) {
        return Promise.resolve({ ok: false, reason: `Insertion failed: ${(error as Error).message}` });
      }
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
