import { browser } from 'wxt/browser';
import { checkPacks } from './check-packs';
import { checkSettings } from './check-settings';
import { ALL_KEYS, type StoredKey } from './items';
import { isRunbookSection } from '../../lib/panel-layout';
import { readExamples } from '../../lib/learning/example-store';
import { readTrails } from '../../lib/learning/ticket-trail';
import { checkMemory, checkNotice, checkPanelPrefs, isAnswers, isVote, type Checked } from './shapes';

/** One check per stored key: the value to keep and what was lost. */
export const CHECKS: Record<StoredKey, (raw: unknown, now: number) => Checked<unknown>> = {
  panelPrefs: (raw) => checkPanelPrefs(raw),
  triage: (raw, now) => checkMemory(raw, isAnswers, 'decision-tree answers', now),
  sections: (raw, now) => checkMemory(raw, isRunbookSection, 'remembered runbook sections', now),
  feedback: (raw, now) => checkMemory(raw, isVote, '“Was this helpful?” votes', now),
  learned: (raw) => {
    const { examples, broken } = readExamples(raw);
    return { value: examples, problem: broken ? `learned examples (${broken} unreadable)` : null };
  },
  gaps: (raw) => {
    const { trails, broken } = readTrails(raw);
    return { value: trails, problem: broken ? `knowledge-gap records (${broken} unreadable)` : null };
  },
  settings: (raw) => checkSettings(raw),
  packs: (raw) => checkPacks(raw),
  storageNotice: (raw) => ({ value: checkNotice(raw), problem: null }),
};

/** Key order does not matter: a valid value written in another order is left untouched. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Which of our keys a storage.onChanged event touched (the notice itself excluded: no loop). */
export const changedKeys = (changes: Record<string, unknown>): StoredKey[] =>
  ALL_KEYS.filter((key) => key !== 'storageNotice' && key in changes);

/**
 * Checks the stored keys (all by default) and writes back only those that changed: broken parts reset, valid settings
 * and packs kept as they were. What was lost is added to `storageNotice` for the options page (once per
 * problem: the repaired value is valid, so the next run finds nothing). Returns the new problems.
 */
export async function repairStorage(keys: readonly StoredKey[] = ALL_KEYS, now = Date.now()): Promise<string[]> {
  const stored = await browser.storage.local.get([...new Set([...keys, 'storageNotice'])]);
  const writes: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of keys) {
    const raw = stored[key];
    if (raw === undefined) continue;
    const { value, problem } = CHECKS[key](raw, now);
    if (!same(value, raw)) writes[key] = value;
    if (problem) problems.push(problem);
  }
  if (problems.length) {
    const notice = checkNotice(writes.storageNotice ?? stored.storageNotice);
    writes.storageNotice = [...notice, ...problems.filter((p) => !notice.includes(p))];
  }
  if (Object.keys(writes).length) await browser.storage.local.set(writes);
  return problems;
}
