import type { Learning, MatchOutcome, MatchResult } from './matching/match';
import type { RunbookSource } from './packs/pack-merge';
import type { DecisionTree, Runbook } from './runbooks/runbook-schema';
import type { Answer, TriageEvent } from './runbooks/triage-machine';
import type { TriageView } from './runbooks/triage-state';
import type { EffectiveHost } from './settings/policy';
import type { InsertResult, Ticket } from './tickets/ticket';
import type { WorkNote } from './tickets/work-note';

/**
 * Messages between a tab's frames and the background relay. Frames never talk through
 * window.postMessage, which the page could read or forge.
 */
export type Message =
  /**
   * A frame's ticket changed (null: it shows none now). Sent by ticket.content, relayed to the top frame
   * with the sending frame's id and origin as the browser reported them, and the background's match.
   */
  | { type: 'ticket'; ticket: Ticket | null; frameId?: number; origin?: string; answer?: LibraryAnswer }
  /** The panel has just started: every frame reports its ticket again. */
  | { type: 'panel-ready' }
  | { type: 'report-ticket' }
  /** Panel → the frame holding the ticket: fill its work notes / internal note. */
  | { type: 'insert-note'; frameId: number; note: WorkNote }
  /** The keyboard command. */
  | { type: 'toggle-panel' }
  /** Panel → background: the toggle shortcut as the browser assigned it. */
  | { type: 'get-shortcut' }
  /** Panel → background, which holds the library: the match for a text, with the runbook to show. */
  | { type: 'match'; text: string; learning?: Learning }
  /** Panel → background: the search box's results. */
  | { type: 'search'; query: string; limit: number }
  /** Panel → background: runbooks the panel shows next (a pick, related links' titles). */
  | { type: 'get-runbooks'; ids: string[] }
  /**
   * Panel or popup → background: one step of a runbook's decision tree (lib/runbooks/triage-machine.ts).
   * The tree comes along: the background needs no library lookup, and the answer is pure.
   */
  | { type: 'triage'; tree: DecisionTree; answers: Answer[]; event?: TriageEvent }
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

/** Runbooks from the background's library, with where each came from. */
export interface RunbookBodies {
  runbooks: Runbook[];
  sources: [string, RunbookSource][];
}

/**
 * The background holds the library (bundled runbooks, checked packs, the matcher): the panel script carries
 * none of it and gets, with each ticket, the match and the one runbook its first screen shows.
 */
export interface LibraryAnswer extends RunbookBodies {
  outcome: MatchOutcome;
  /** What learning keeps of the text (Matcher.terms): the panel carries no ticket normaliser of its own. */
  terms: readonly string[];
}

/** What each message is answered with: the one place both ends are checked against. */
export interface Replies {
  ticket: void;
  'panel-ready': void;
  'report-ticket': void;
  'insert-note': InsertReply;
  'toggle-panel': void;
  'get-shortcut': string;
  match: LibraryAnswer;
  search: MatchResult[];
  'get-runbooks': RunbookBodies;
  triage: TriageView;
  'sync-hosts': HostStatus[];
  'refresh-packs': true;
}

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type ReplyTo<M extends Message> = Replies[M['type']];

/** Ties a handler's answer to the message it answers, so a wrong reply type fails to compile. */
export const answer = <M extends Message>(_message: M, reply: Promise<ReplyTo<M>>): Promise<ReplyTo<M>> => reply;

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
