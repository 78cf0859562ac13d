import { matchIndex, runbooks as bundled } from 'virtual:runbooks';
import { createMatcher, type Matcher } from '../../lib/match';
import { packLayers, type BrokenPack } from '../../lib/pack-layers';
import { mergeLibrary } from '../../lib/pack-merge';
import { isoDay } from '../../lib/review-age';
import type { Library } from '../panel';
import { BUNDLED_IDS } from './bundled-ids';

/**
 * Builds the matcher on first use: the panel script runs on every page of a ticket site, most of which
 * (lists, dashboards) never show a ticket, and loading the index is the costliest part of its start.
 */
function lazyMatcher(create: () => Matcher): Matcher {
  let matcher: Matcher | undefined;
  const get = (): Matcher => (matcher ??= create());
  return { match: (text) => get().match(text), search: (query, limit) => get().search(query, limit) };
}

/**
 * The library in use: the bundled runbooks plus every enabled pack (checked again, lib/pack-layers.ts).
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
