import type { EffectiveHost } from './settings/policy';
import type { InsertResult, Ticket } from './tickets/ticket';
import type { WorkNote } from './tickets/work-note';

/**
 * Messages between a tab's frames and the background relay. Frames never talk through
 * window.postMessage, which the page could read or forge.
 */
export type Message =
  /** A frame's ticket changed (null: it shows none now). Sent by ticket.content, relayed to the top frame. */
  | { type: 'ticket'; ticket: Ticket | null; frameId?: number }
  /** The panel has just started: every frame reports its ticket again. */
  | { type: 'panel-ready' }
  | { type: 'report-ticket' }
  /** Panel → the frame holding the ticket: fill its work notes / internal note. */
  | { type: 'insert-note'; frameId: number; note: WorkNote }
  /** The keyboard command. */
  | { type: 'toggle-panel' }
  /** Panel → background: the toggle shortcut as the browser assigned it. */
  | { type: 'get-shortcut' }
  /** Options page → background: register the custom hosts' content scripts now; answers HostStatus[]. */
  | { type: 'sync-hosts' }
  /** Options page → background: refresh URL packs now (one, or all); answers when done. */
  | { type: 'refresh-packs'; id?: string };

/** A custom host as the background found it: permission granted, scripts registered (active). */
export interface HostStatus extends EffectiveHost {
  permitted: boolean;
  active: boolean;
  error?: string;
}

export type InsertReply = InsertResult;

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
