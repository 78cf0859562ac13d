import { createContext, useContext } from 'react';
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
}

const TicketActionsContext = createContext<TicketActions>({
  insert: null,
  targetName: 'ticket note',
  titleOf: (id) => id,
  openRunbook: () => {},
});

export const TicketActionsProvider = TicketActionsContext.Provider;
export const useTicketActions = (): TicketActions => useContext(TicketActionsContext);
