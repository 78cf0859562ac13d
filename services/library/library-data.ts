import { matchIndex, runbooks as bundled } from 'virtual:runbooks';
import type { LibraryAnswer, RunbookBodies } from '../../lib/messages';
import { createMatcher, type Learning, type Matcher } from '../../lib/matching/match';
import { packLayers } from '../../lib/packs/pack-layers';
import { mergeLibrary, type RunbookSource } from '../../lib/packs/pack-merge';
import type { Runbook } from '../../lib/runbooks/runbook-schema';
import { isoDay } from '../../lib/runbooks/review-age';
import { packsItem } from '../storage/items';
import { BUNDLED_IDS } from './bundled-ids';

/** The library as the background holds it for the panels of every tab. */
export interface HeldLibrary {
  byId: ReadonlyMap<string, Runbook>;
  sources: ReadonlyMap<string, RunbookSource>;
  matcher: Matcher;
}

/** Bundled runbooks plus the checked, enabled packs; without packs the build-time index is used as it is. */
export function heldLibrary(storedPacks: unknown, now = Date.now()): HeldLibrary {
  const { layers } = packLayers(storedPacks, { bundledIds: BUNDLED_IDS, today: isoDay(now) });
  const { runbooks, sources } = mergeLibrary(bundled, layers);
  return {
    byId: new Map(runbooks.map((r) => [r.id, r])),
    sources,
    matcher: createMatcher(runbooks, layers.length === 0 ? matchIndex : undefined),
  };
}

export function bodiesOf(library: HeldLibrary, ids: readonly string[]): RunbookBodies {
  const runbooks = ids.flatMap((id) => library.byId.get(id) ?? []);
  return {
    runbooks,
    sources: runbooks.flatMap((r): [string, RunbookSource][] => {
      const source = library.sources.get(r.id);
      return source ? [[r.id, source]] : [];
    }),
  };
}

/** The match for a ticket's text, with the body of the runbook the panel shows first. */
export function answerFor(library: HeldLibrary, text: string, learning?: Learning): LibraryAnswer {
  const outcome = library.matcher.match(text, learning);
  return {
    outcome,
    terms: library.matcher.terms(text),
    ...bodiesOf(library, outcome.confident ? [outcome.confident.id] : []),
  };
}

/**
 * The background's copies (with the packs, for the organization's sites, and without), rebuilt when the
 * stored packs differ from the ones a copy was built from (compared on each request: a change event may
 * reach a panel before this worker) or the day changes (review dates). It keeps no ticket text.
 */
export function libraryHolder(): { get(withPacks: boolean): Promise<HeldLibrary> } {
  const held = new Map<boolean, { key: string; library: HeldLibrary }>();
  return {
    async get(withPacks) {
      const packs = withPacks ? await packsItem.getValue() : [];
      const key = `${isoDay(Date.now())} ${JSON.stringify(packs)}`;
      let copy = held.get(withPacks);
      if (copy?.key !== key) held.set(withPacks, (copy = { key, library: heldLibrary(packs) }));
      return copy.library;
    },
  };
}
