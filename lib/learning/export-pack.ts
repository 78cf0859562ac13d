import { PACK_SCHEMA_VERSION, type AddedQueries } from '../packs/pack-schema';
import type { LearnedExample } from './learned-example';

/** The pack "Export as pack" writes: related queries only, for runbooks the library has. */
export interface LearnedPack {
  schemaVersion: typeof PACK_SCHEMA_VERSION;
  name: string;
  description: string;
  queries: AddedQueries[];
}

const MAX_PER_RUNBOOK = 200;

/**
 * The learned examples as added related queries, one per phrasing (the ticket's match terms), newest
 * first. A phrasing agents used for two runbooks goes to the one used more often (a tie to neither):
 * one query pointing at two runbooks only ties them. "Not helpful" examples stay local.
 */
export function learnedPack(
  examples: readonly LearnedExample[],
  knownIds: ReadonlySet<string>,
  { name, now }: { name: string; now: number },
): LearnedPack {
  const votes = new Map<string, Map<string, number>>();
  const newest = [...examples].filter((e) => !e.negative && knownIds.has(e.runbook)).sort((a, b) => b.at - a.at);
  for (const e of newest) {
    const phrase = e.terms.join(' ').slice(0, 300);
    if (!phrase) continue;
    const byRunbook = votes.get(phrase) ?? new Map<string, number>();
    byRunbook.set(e.runbook, (byRunbook.get(e.runbook) ?? 0) + 1);
    votes.set(phrase, byRunbook);
  }
  const added = new Map<string, string[]>();
  for (const [phrase, byRunbook] of votes) {
    const [first, second] = [...byRunbook].sort((a, b) => b[1] - a[1]);
    if (!first || (second && second[1] === first[1])) continue;
    const list = added.get(first[0]) ?? [];
    if (list.length < MAX_PER_RUNBOOK) list.push(phrase);
    added.set(first[0], list);
  }
  return {
    schemaVersion: PACK_SCHEMA_VERSION,
    name,
    description: `Related queries learned from agents' picks, exported ${new Date(now).toISOString().slice(0, 10)}. Review before sharing.`,
    queries: [...added].sort(([a], [b]) => a.localeCompare(b)).map(([runbook, add]) => ({ runbook, add })),
  };
}
