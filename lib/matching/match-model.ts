import { createFuzzyTerms, MIN_FUZZY_LENGTH, type FuzzyHit, type FuzzyTerms } from './fuzzy-terms';
import { TUNING } from './match-tuning';
import { buildMatchIndex, MATCH_INDEX_VERSION, type MatchIndex } from './match-index';
import type { Runbook } from '../runbooks/runbook-schema';
import { stem } from './stem';
import { ALIAS_WORDS } from './synonyms';

/**
 * What the matcher needs in memory, derived from a MatchIndex at load: postings (word → entries),
 * word rarity, per-entry totals and the typo corrector. Deriving these is a few milliseconds for
 * the bundled library; shipping them would double the index size.
 */
export interface MatchModel {
  index: MatchIndex;
  runbookCount: number;
  vocabIds: ReadonlyMap<string, number>;
  /** Entries (indexes into index.entry*) containing each word. */
  postings: readonly number[][];
  /** BM25's idf per word: a word in every runbook is worth ~0, a word in one runbook the most. */
  idf: Float64Array;
  /** idf of a word found in a single runbook: the unit of "information". */
  maxIdf: number;
  /** Sum of idf over each entry's words. */
  entryTotal: Float64Array;
  /** Library words (with similarity) a ticket word means: exact, completed or typo-corrected. */
  resolve(word: string, complete: boolean): FuzzyHit[];
}

function indexFits(index: MatchIndex | undefined, runbooks: readonly Runbook[]): index is MatchIndex {
  return (
    index !== undefined &&
    index.version === MATCH_INDEX_VERSION &&
    index.ids.length === runbooks.length &&
    index.ids.every((id, i) => id === runbooks[i]!.id)
  );
}

export function loadMatchModel(runbooks: readonly Runbook[], prebuilt?: MatchIndex): MatchModel {
  // An index built for other runbooks (or by an older matcher) would silently mis-rank: rebuild.
  const index = indexFits(prebuilt, runbooks) ? prebuilt : buildMatchIndex(runbooks);
  const runbookCount = runbooks.length;
  const vocabSize = index.vocab.length;
  const vocabIds = new Map(index.vocab.map((word, id) => [word, id]));

  const postings: number[][] = index.vocab.map(() => []);
  const df = new Uint32Array(vocabSize);
  const lastRunbook = new Int32Array(vocabSize).fill(-1);
  index.entryTerms.forEach((terms, e) => {
    const r = index.entryRunbook[e]!;
    for (const v of terms) {
      postings[v]!.push(e);
      if (lastRunbook[v] !== r) {
        lastRunbook[v] = r;
        df[v]! += 1;
      }
    }
  });
  const idf = Float64Array.from(df, (d) => Math.log(1 + (runbookCount - d + 0.5) / (d + 0.5)));
  const maxIdf = Math.log(1 + (runbookCount - 0.5) / 1.5);
  const entryTotal = Float64Array.from(index.entryTerms, (terms) => terms.reduce((sum, v) => sum + idf[v]!, 0));

  // The typo channel corrects towards library words and towards words our synonym lists rewrite
  // ("dissapeared" → "disappeared" → missing), which the library itself never contains.
  const fuzzyWords = [...index.vocab];
  const aliasTargets: number[][] = [];
  for (const [word, target] of ALIAS_WORDS) {
    const key = stem(word);
    if (key.length < MIN_FUZZY_LENGTH || vocabIds.has(key)) continue;
    const ids = target
      .split(' ')
      .map((t) => vocabIds.get(stem(t)))
      .filter((id): id is number => id !== undefined);
    if (ids.length === 0) continue;
    fuzzyWords.push(key);
    aliasTargets.push(ids);
  }
  const fuzzy: FuzzyTerms = createFuzzyTerms(fuzzyWords);
  const toVocab = (hits: FuzzyHit[]): FuzzyHit[] =>
    hits.flatMap((h) =>
      (h.id < vocabSize ? [h.id] : aliasTargets[h.id - vocabSize]!).map((id) => ({
        id,
        similarity: h.similarity * TUNING.fuzzyDiscount,
      })),
    );

  function resolve(word: string, complete: boolean): FuzzyHit[] {
    const key = stem(word);
    const exact = vocabIds.get(key) ?? vocabIds.get(word);
    const hits: FuzzyHit[] = exact === undefined ? [] : [{ id: exact, similarity: 1 }];
    if (complete) hits.push(...toVocab(fuzzy.completions(key)));
    // Only words the library does not know are corrected: "printer" must not become "print".
    if (hits.length === 0) hits.push(...toVocab(fuzzy.typos(key)));
    return hits;
  }

  return { index, runbookCount, vocabIds, postings, idf, maxIdf, entryTotal, resolve };
}
