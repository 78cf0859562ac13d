import type { StoredPack } from '../../lib/packs/pack-schema';
import type { Settings } from '../../lib/settings/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { Answer } from '../../lib/runbooks/triage-machine';
import { isRunbookSection, type RunbookSection } from '../../lib/panel-layout';
import type { Memory } from '../../lib/tickets/ticket-memory';
import { readExamples } from '../../lib/learning/example-store';
import type { LearnedExample } from '../../lib/learning/learned-example';
import { readTrails, type TicketTrail } from '../../lib/learning/ticket-trail';
import {
  checkMemory,
  checkNotice,
  checkPanelPrefs,
  DEFAULT_PANEL_PREFS,
  isAnswers,
  isVote,
  type PanelPrefs,
} from './shapes';
import { storedItem } from './stored-item';
import { validated } from './validated';

// Every key the extension stores. docs/privacy.md lists them; ticket text is never among them.
// Storage outlives updates and anyone with devtools can write it: the small items are checked on every
// read (shapes.ts); settings and packs are checked by their readers (readSettings, readPacks), and
// repair.ts writes back what was broken and tells the user (ALL_KEYS must name every key here).

export type { PanelPrefs } from './shapes';

export const panelPrefs = validated(
  storedItem<PanelPrefs>('panelPrefs', DEFAULT_PANEL_PREFS),
  (raw) => checkPanelPrefs(raw).value,
);

/** Tree answers per `<ticketRef>|<runbook id>` (ticketRef: ticket key @ page origin). */
export const triageMemory = validated(
  storedItem<Memory<Answer[]>>('triage', {}),
  (raw) => checkMemory(raw, isAnswers, 'triage').value,
);

/** The runbook section the agent last went to, per `<page origin>|<ticket key>`. */
export const sectionMemory = validated(
  storedItem<Memory<RunbookSection>>('sections', {}),
  (raw) => checkMemory(raw, isRunbookSection, 'sections').value,
);

export type Vote = 'yes' | 'no';
/** "Was this helpful?" per `<runbook id>|<ticketRef>`. */
export const feedbackMemory = validated(
  storedItem<Memory<Vote>>('feedback', {}),
  (raw) => checkMemory(raw, isVote, 'feedback').value,
);

/** What the panel learned from agents' picks (lib/learning), per site origin: match terms, never ticket text. */
export const learnedExamples = validated(
  storedItem<LearnedExample[]>('learned', []),
  (raw) => readExamples(raw).examples,
);

/** How tickets ended (shown, picked), for the knowledge-gap report: match terms, never ticket text. */
export const ticketTrails = validated(storedItem<TicketTrail[]>('gaps', []), (raw) => readTrails(raw).trails);

/** The options page's settings; read through readSettings (lib/settings/settings.ts), policy applied on top. */
export const localSettings = storedItem<Settings>('settings', DEFAULT_SETTINGS);

/** Imported and subscribed runbook packs, validated (lib/packs/pack-schema.ts StoredPack). */
export const packsItem = storedItem<StoredPack[]>('packs', []);

/** What repair.ts reset or dropped, shown once in the options page until dismissed (storage-notice.tsx). */
export const storageNotice = validated(storedItem<string[]>('storageNotice', []), checkNotice);

/** Every stored key (browser.storage.local), for repair.ts and its test. */
export const ALL_KEYS = [
  'panelPrefs',
  'triage',
  'sections',
  'feedback',
  'learned',
  'gaps',
  'settings',
  'packs',
  'storageNotice',
] as const;
export type StoredKey = (typeof ALL_KEYS)[number];

/**
 * Keys that hold what the extension remembers about tickets, emptied by "Forget stored ticket data"
 * in the options page (docs/privacy.md). A feature that stores anything per ticket adds its key here.
 */
export const TICKET_DATA_KEYS: readonly StoredKey[] = ['triage', 'sections', 'feedback', 'learned', 'gaps'];
