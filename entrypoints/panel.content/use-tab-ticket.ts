import { useSyncExternalStore } from 'react';
import type { FramedTicket, TabTickets } from './tab-tickets';

/** The tab's current ticket, re-rendering when a frame reports a change. */
export function useTabTicket(tickets: TabTickets): FramedTicket | null {
  return useSyncExternalStore(tickets.subscribe, tickets.current);
}
