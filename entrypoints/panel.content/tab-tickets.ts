import { browser } from 'wxt/browser';
import { isMessage, type LibraryAnswer } from '../../lib/messages';
import { sendMessage } from '../../services/messaging';
import type { Ticket } from '../../lib/tickets/ticket';

export interface FramedTicket {
  ticket: Ticket;
  frameId: number;
}

export interface TabTickets {
  /** The ticket shown in this tab, whichever frame holds it: the latest frame that reported one. */
  current(): FramedTicket | null;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/**
 * Follows the tickets the tab's frames report through the background relay (a frame that reports null
 * drops out). Lives outside React: the panel's host is created only once there is a ticket.
 */
export function watchTabTickets(onAnswer: (text: string, answer: LibraryAnswer) => void): TabTickets {
  const frames = new Map<number, { ticket: Ticket; seq: number }>();
  const listeners = new Set<() => void>();
  let seq = 0;
  let current: FramedTicket | null = null;
  const latest = (): FramedTicket | null => {
    let best: FramedTicket | null = null;
    let bestSeq = -1;
    for (const [frameId, entry] of frames) {
      if (entry.seq > bestSeq) {
        best = { ticket: entry.ticket, frameId };
        bestSeq = entry.seq;
      }
    }
    return best;
  };
  const onMessage = (message: unknown): undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type !== 'ticket' || message.frameId === undefined) return undefined;
    // Only frames of this page's origin (ServiceNow's gsft_main is one): a frame from another
    // tenant or site embedded here must not become the ticket, or the target of an insert.
    if (message.origin !== location.origin) return undefined;
    // The match comes with the ticket: known before anyone renders it.
    if (message.ticket && message.answer) onAnswer(message.ticket.summary, message.answer);
    if (message.ticket) frames.set(message.frameId, { ticket: message.ticket, seq: ++seq });
    else if (!frames.delete(message.frameId)) return undefined;
    current = latest();
    for (const listener of [...listeners]) listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  // Frames that read their ticket before this script started report it again.
  sendMessage({ type: 'panel-ready' }).catch(() => {});
  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}
