import { storage } from 'wxt/utils/storage';
import type { Answer } from '../../lib/triage-machine';
import type { Memory } from '../../lib/ticket-memory';

// Every key the extension stores. docs/privacy.md lists them; ticket text is never among them.

export interface PanelPrefs {
  width: number;
  collapsed: boolean;
}

export const panelPrefs = storage.defineItem<PanelPrefs>('local:panelPrefs', {
  fallback: { width: 400, collapsed: false },
  version: 1,
});

/** Tree answers per `<ticket key>|<runbook id>`. */
export const triageMemory = storage.defineItem<Memory<Answer[]>>('local:triage', { fallback: {}, version: 1 });

export type Vote = 'yes' | 'no';
/** "Was this helpful?" per `<runbook id>|<ticket key>`. */
export const feedbackMemory = storage.defineItem<Memory<Vote>>('local:feedback', { fallback: {}, version: 1 });
