import { storage } from 'wxt/utils/storage';
import type { StoredPack } from '../../lib/pack-schema';
import type { Settings } from '../../lib/settings';
import { DEFAULT_SETTINGS } from '../../lib/settings-defaults';
import type { Answer } from '../../lib/triage-machine';
import type { Memory } from '../../lib/ticket-memory';

// Every key the extension stores. docs/privacy.md lists them; ticket text is never among them.

export interface PanelPrefs {
  width: number;
  /** The agent's last toggle; null until they toggle, then the default state (settings) applies. */
  collapsed: boolean | null;
}

export const panelPrefs = storage.defineItem<PanelPrefs>('local:panelPrefs', {
  fallback: { width: 400, collapsed: null },
  version: 1,
});

/** Tree answers per `<ticket key>|<runbook id>`. */
export const triageMemory = storage.defineItem<Memory<Answer[]>>('local:triage', { fallback: {}, version: 1 });

export type Vote = 'yes' | 'no';
/** "Was this helpful?" per `<runbook id>|<ticket key>`. */
export const feedbackMemory = storage.defineItem<Memory<Vote>>('local:feedback', { fallback: {}, version: 1 });

/** The options page's settings; read through readSettings (lib/settings.ts), policy applied on top. */
export const localSettings = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Imported and subscribed runbook packs, validated (lib/pack-schema.ts StoredPack). */
export const packsItem = storage.defineItem<StoredPack[]>('local:packs', { fallback: [], version: 1 });
