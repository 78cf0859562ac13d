import { matchIndex, runbooks as bundled } from 'virtual:runbooks';
import { createMatcher, type Matcher } from '../../lib/matching/match';
import { matchTerms } from '../../lib/learning/match-terms';
import { packLayers, type BrokenPack } from '../../lib/packs/pack-layers';
import { mergeLibrary, type RunbookSource } from '../../lib/packs/pack-merge';
import type { Runbook } from '../../lib/runbooks/runbook-schema';
import { isoDay } from '../../lib/runbooks/review-age';
import { BUNDLED_IDS } from './bundled-ids';

/** The runbooks in use, their matcher and where each came from. */
export interface Library {
  runbooks: readonly Runbook[];
  byId: ReadonlyMap<string, Runbook>;
  matcher: Matcher;
  /** Bundled or which pack, per runbook id: shown under the title. */
  sources: ReadonlyMap<string, RunbookSource>;
}

/**
 * Builds the matcher on first use: the panel script runs on every page of a ticket site, most of which
 * (lists, dashboards) never show a ticket, and loading the index is the costliest part of its start.
 */
function lazyMatcher(create: () => Matcher): Matcher {
  let matcher: Matcher | undefined;
  const get = (): Matcher => (matcher ??= create());
  return {
    match: (text, learning) => get().match(text, learning),
    search: (query, limit) => get().search(query, limit),
    terms: matchTerms,
  };
}

/**
 * The library in use: the bundled runbooks plus every enabled pack (checked again, lib/packs/pack-layers.ts).
 * Without packs the build-time match index is used as it is; with packs the matcher indexes the merged
 * library once, here, at load or when the packs change.
 */
export function buildLibrary(storedPacks: unknown, now = Date.now()): Library & { broken: BrokenPack[] } {
  const { layers, broken } = packLayers(storedPacks, { bundledIds: BUNDLED_IDS, today: isoDay(now) });
  const { runbooks, sources } = mergeLibrary(bundled, layers);
  return {
    runbooks,
    byId: new Map(runbooks.map((r) => [r.id, r])),
    matcher: lazyMatcher(() => (layers.length === 0 ? createMatcher(runbooks, matchIndex) : createMatcher(runbooks))),
    sources,
    broken,
  };
}
