import type { Runbook } from '../runbooks/runbook-schema';
import type { AddedQueries } from './pack-schema';

/** Where a runbook in use came from; the panel names it under the title. */
export type RunbookSource = { kind: 'bundled' } | { kind: 'pack'; packId: string; packName: string };

export interface PackLayer {
  id: string;
  name: string;
  runbooks: readonly Runbook[];
  queries?: readonly AddedQueries[];
}

export interface MergedLibrary {
  runbooks: Runbook[];
  sources: Map<string, RunbookSource>;
}

const BUNDLED: RunbookSource = { kind: 'bundled' };

/**
 * Bundled runbooks, then each enabled pack in order: a pack runbook with a bundled (or earlier pack's)
 * id takes that runbook's place, other pack runbooks are appended. Packs only add or replace, never
 * remove, so every link a runbook was validated against still resolves.
 */
export function mergeLibrary(bundled: readonly Runbook[], packs: readonly PackLayer[]): MergedLibrary {
  const byId = new Map<string, Runbook>(bundled.map((r) => [r.id, r]));
  const sources = new Map<string, RunbookSource>(bundled.map((r) => [r.id, BUNDLED]));
  for (const pack of packs) {
    const source: RunbookSource = { kind: 'pack', packId: pack.id, packName: pack.name };
    for (const runbook of pack.runbooks) {
      byId.set(runbook.id, runbook); // Map keeps the first insertion's position: overrides stay in place
      sources.set(runbook.id, source);
    }
  }
  addQueries(byId, packs);
  return { runbooks: [...byId.values()], sources };
}

/**
 * Added related queries, after every runbook is in place. A query some runbook already has (any
 * spelling of case and spaces) is skipped: one phrasing pointing at two runbooks would only tie them.
 * A target no longer in the library (its pack was switched off) is skipped too.
 */
function addQueries(byId: Map<string, Runbook>, packs: readonly PackLayer[]): void {
  const key = (q: string): string => q.trim().toLowerCase().replace(/\s+/g, ' ');
  const taken = new Set<string>();
  for (const runbook of byId.values()) for (const q of runbook.relatedQueries) taken.add(key(q));
  for (const pack of packs)
    for (const { runbook: id, add } of pack.queries ?? []) {
      const runbook = byId.get(id);
      if (!runbook) continue;
      const fresh = add.filter((q) => !taken.has(key(q)) && taken.add(key(q)));
      if (fresh.length) byId.set(id, { ...runbook, relatedQueries: [...runbook.relatedQueries, ...fresh] });
    }
}

/** "Bundled" or "Pack: <name>": the label the panel and popup show. */
export function sourceLabel(source: RunbookSource | undefined): string {
  return source?.kind === 'pack' ? `Pack: ${source.packName}` : 'Bundled';
}
