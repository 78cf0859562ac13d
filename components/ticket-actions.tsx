import { createContext, useContext } from 'react';
import type { DevicePlatform } from '../lib/tickets/ticket-platform';
import type { InsertNote } from './note-actions';

/**
 * What the panel around a runbook offers to its cards and tree: where notes go, how runbooks are named
 * and opened. Provided once by the panel (or the popup) instead of threaded through every level.
 */
export interface TicketActions {
  /** Inserts a note into the ticket's editor; null where insertion is not offered. */
  insert: InsertNote;
  /** "work notes", "internal note": what the buttons name. */
  targetName: string;
  titleOf: (runbookId: string) => string;
  openRunbook: (runbookId: string) => void;
  /** What command placeholders start as: the ticket's caller and asset, the organisation's values. */
  placeholderDefaults: Readonly<Record<string, string>>;
  /** The platform the ticket names (Mac, Windows …), or null: then the agent's last pick applies. */
  ticketPlatform: DevicePlatform | null;
}

const TicketActionsContext = createContext<TicketActions>({
  insert: null,
  targetName: 'ticket note',
  titleOf: (id) => id,
  openRunbook: () => {},
  placeholderDefaults: {},
  ticketPlatform: null,
});

export const TicketActionsProvider = TicketActionsContext.Provider;
export const useTicketActions = (): TicketActions => useContext(TicketActionsContext);
