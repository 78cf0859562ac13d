import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isMessage } from '../../lib/messages';
import { sendMessage } from '../../services/messaging';
import type { Ticket } from '../../lib/tickets/ticket';

export interface FramedTicket {
  ticket: Ticket;
  frameId: number;
}

/**
 * The ticket shown in this tab, whichever frame holds it: the latest frame that reported one.
 * Frames report through the background relay; a frame that reports null drops out.
 */
export function useTabTicket(): FramedTicket | null {
  const [frames, setFrames] = useState<ReadonlyMap<number, { ticket: Ticket; seq: number }>>(new Map());
  useEffect(() => {
    let seq = 0;
    const onMessage = (message: unknown): undefined => {
      if (!isMessage(message)) return undefined;
      if (message.type !== 'ticket' || message.frameId === undefined) return undefined;
      // Only frames of this page's origin (ServiceNow's gsft_main is one): a frame from another
      // tenant or site embedded here must not become the ticket, or the target of an insert.
      if (message.origin !== location.origin) return undefined;
      const frameId = message.frameId;
      const ticket = message.ticket;
      setFrames((prev) => {
        const next = new Map(prev);
        if (ticket) next.set(frameId, { ticket, seq: ++seq });
        else next.delete(frameId);
        return next;
      });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    sendMessage({ type: 'panel-ready' }).catch(() => {});
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  let best: FramedTicket | null = null;
  let bestSeq = -1;
  for (const [frameId, entry] of frames) {
    if (entry.seq > bestSeq) {
      best = { ticket: entry.ticket, frameId };
      bestSeq = entry.seq;
    }
  }
  return best;
}
