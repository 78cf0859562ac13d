import { createFuzzyTerms, MIN_FUZZY_LENGTH, type FuzzyHit } from './fuzzy-terms';
import { combinedScore, isConfident, TUNING, type Evidence } from './match-confidence';
import { buildMatchIndex, MATCH_INDEX_VERSION, type MatchIndex } from './match-index';
import { analyseText } from './normalise-ticket';
import type { Runbook } from './runbook-schema';
import { stem } from './stem';
import { ALIAS_WORDS } from './synonyms';
import { ticketIntent } from './ticket-intent';

export { buildMatchIndex, type MatchIndex } from './match-index';

export interface MatchResult {
  id: string;
  title: string;
  /** 0..1, higher is better. Comparable within one library, not across libraries. */
  score: number;
  /** Ticket words (as normalised) and error codes this runbook matched, for highlighting. */
  terms: string[];
}

export interface MatchOutcome {
  /** The runbook to show, or null when nothing fits with confidence (the panel shows no-match). */
  confident: MatchResult | null;
  /** The best runbooks, best first, at most 5 (alternatives, or candidates after an abstain). */
  results: MatchResult[];
}

export interface Matcher {
  match(text: string): MatchOutcome;
  /** For the panel's search box: no abstaining, the last word may be unfinished. */
  search(query: string, limit?: number): MatchResult[];
}

/** Why the matcher decided as it did: the evidence behind each candidate (CLI, tests, tuning). */
export interface Explanation {
  request: boolean;
  termCount: number;
  candidates: Array<MatchResult & Evidence>;
}

export interface ExplainingMatcher extends Matcher {
  explain(text: string, limit?: number): Explanation;
}

export const TOP_RESULTS = 5;
/** Beyond this many meaningful words a "short description" is a pasted mail; the rest adds noise. */
const MAX_TERMS = 40;

/**
 * How much a code says by its form: an HRESULT, an AADSTS number or a stop code names one problem;
 * a bare "1603" or "41" is a generic installer or event number that several problems share.
 */
export function codeStrength(code: string): number {
  return /^\d+$/.test(code) ? 0.5 : 1;
}

interface TicketTerm {
  surface: string;
  hits: FuzzyHit[];
  weight: number;
}

interface Candidate extends Evidence {
  runbook: number;
  score: number;
  terms: string[];
}

function sameIds(index: MatchIndex, runbooks: readonly Runbook[]): boolean {
  return index.ids.length === runbooks.length && index.ids.every((id, i) => id === runbooks[i]!.id);
}

/**
 * Builds a matcher over `runbooks`. Pass the index `buildMatchIndex` made at build time to skip
 * analysing the library again; an index for other runbooks (or an older format) is ignored.
 */
export function createMatcher(runbooks: readonly Runbook[], index?: MatchIndex): ExplainingMatcher {
  const idx =
    index && index.version === MATCH_INDEX_VERSION && sameIds(index, runbooks) ? index : buildMatchIndex(runbooks);
  const runbookCount = runbooks.length;
  const entryCount = idx.entryRunbook.length;
  const vocabIds = new Map(idx.vocab.map((word, id) => [word, id]));

  // Postings and document frequency (runbooks per word), derived at load: cheaper than shipping them.
  const postings: number[][] = idx.vocab.map(() => []);
  const df = new Uint32Array(idx.vocab.length);
  const lastRunbook = new Int32Array(idx.vocab.length).fill(-1);
  for (let e = 0; e < entryCount; e += 1) {
    const r = idx.entryRunbook[e]!;
    for (const v of idx.entryTerms[e]!) {
      postings[v]!.push(e);
      if (lastRunbook[v] !== r) {
        lastRunbook[v] = r;
        df[v]! += 1;
      }
    }
  }
  // BM25's idf: a word in every runbook is worth ~0, a word in one runbook the most.
  const idf = Float64Array.from(df, (d) => Math.log(1 + (runbookCount - d + 0.5) / (d + 0.5)));
  const maxIdf = Math.log(1 + (runbookCount - 0.5) / 1.5);
  const entryTotal = Float64Array.from(idx.entryTerms, (terms) => terms.reduce((sum, v) => sum + idf[v]!, 0));
  // The typo channel corrects towards library words and towards words our synonym lists rewrite
  // ("dissapeared" → "disappeared" → missing), which the library itself never contains.
  const fuzzyWords = [...idx.vocab];
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
  const fuzzy = createFuzzyTerms(fuzzyWords);
  const vocabSize = idx.vocab.length;
  const toVocab = (hits: FuzzyHit[]): FuzzyHit[] =>
    hits.flatMap((h) =>
      h.id < vocabSize
        ? [{ id: h.id, similarity: h.similarity * TUNING.fuzzyDiscount }]
        : aliasTargets[h.id - vocabSize]!.map((id) => ({ id, similarity: h.similarity * TUNING.fuzzyDiscount })),
    );

  // Scratch space reused by every call (the matcher is synchronous), reset after use.
  const entryTermBest = new Float64Array(entryCount);
  const entryHit = new Float64Array(entryCount);
  const runbookTermBest = new Float64Array(runbookCount);
  const runbookCovered = new Float64Array(runbookCount);
  const runbookPhrase = new Float64Array(runbookCount);
  const runbookCodes = new Float64Array(runbookCount);
  const runbookSeen = new Uint8Array(runbookCount);
  const runbookTerms: Array<string[] | undefined> = new Array(runbookCount);

  function resolve(term: string, completeLast: boolean): FuzzyHit[] {
    const s = stem(term);
    const exact = vocabIds.get(s) ?? vocabIds.get(term);
    const hits: FuzzyHit[] = exact === undefined ? [] : [{ id: exact, similarity: 1 }];
    if (completeLast) hits.push(...toVocab(fuzzy.completions(s)));
    if (hits.length === 0) hits.push(...toVocab(fuzzy.typos(s)));
    return hits;
  }

  function evaluate(
    text: string,
    completeLast: boolean,
  ): { candidates: Candidate[]; termCount: number; request: boolean } {
    const analysed = analyseText(text, { ticket: true });
    const termList = analysed.terms.slice(0, MAX_TERMS);
    const terms: TicketTerm[] = termList.map((t, i) => {
      const hits = resolve(t.term, completeLast && i === termList.length - 1);
      // A corrected word weighs between what it was corrected to and an unknown word.
      const unknown = TUNING.unknownWordShare * maxIdf;
      const best = hits.reduce<FuzzyHit | undefined>((b, h) => (b && b.similarity >= h.similarity ? b : h), undefined);
      const weight = best ? best.similarity * idf[best.id]! + (1 - best.similarity) * unknown : unknown;
      return { surface: t.surface, hits, weight };
    });
    const codes = new Set(analysed.codes);
    for (const candidate of analysed.codeCandidates) if (Object.hasOwn(idx.codes, candidate)) codes.add(candidate);
    const codeWeight = TUNING.codeShare * maxIdf;
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0) + codes.size * codeWeight;
    const intent = ticketIntent(analysed.words, analysed.text, analysed.codes.length > 0);
    const touched: number[] = [];
    const touch = (r: number): void => {
      if (runbookSeen[r] === 0) {
        runbookSeen[r] = 1;
        touched.push(r);
        runbookTerms[r] = [];
      }
    };

    for (const term of terms) {
      const termEntries: number[] = [];
      const termRunbooks: number[] = [];
      for (const { id, similarity } of term.hits) {
        const gain = idf[id]! * similarity;
        for (const e of postings[id]!) {
          if (entryTermBest[e] === 0) termEntries.push(e);
          if (gain > entryTermBest[e]!) entryTermBest[e] = gain;
          const r = idx.entryRunbook[e]!;
          const fieldScore = TUNING.fieldWeight[idx.entryKind[e]!]! * similarity;
          if (runbookTermBest[r] === 0) termRunbooks.push(r);
          if (fieldScore > runbookTermBest[r]!) runbookTermBest[r] = fieldScore;
        }
      }
      for (const e of termEntries) {
        entryHit[e]! += entryTermBest[e]!;
        entryTermBest[e] = 0;
      }
      for (const r of termRunbooks) {
        touch(r);
        runbookCovered[r]! += term.weight * runbookTermBest[r]!;
        runbookTermBest[r] = 0;
        runbookTerms[r]!.push(term.surface);
      }
    }
    for (const code of codes) {
      const named = Object.hasOwn(idx.codes, code) ? idx.codes[code]! : [];
      for (const r of named) {
        touch(r);
        runbookCovered[r]! += codeWeight;
        runbookCodes[r]! += codeStrength(code) / named.length;
        runbookTerms[r]!.push(code);
      }
    }
    // Phrase evidence: how much of one runbook entry the ticket contains. Entries touched by the
    // terms above are exactly those with a non-zero hit.
    for (const term of terms) {
      for (const { id } of term.hits) {
        for (const e of postings[id]!) {
          const hit = entryHit[e]!;
          if (hit === 0) continue;
          const r = idx.entryRunbook[e]!;
          const information = Math.min(1, hit / (TUNING.phraseInformation * maxIdf));
          const precision = hit / entryTotal[e]!;
          const recall = Math.min(1, hit / totalWeight);
          const b2 = TUNING.phraseRecallBeta ** 2;
          const agreement = b2 === 0 ? precision : ((1 + b2) * precision * recall) / (b2 * precision + recall);
          const phrase = TUNING.fieldWeight[idx.entryKind[e]!]! * agreement * information;
          if (phrase > runbookPhrase[r]!) runbookPhrase[r] = phrase;
          entryHit[e] = 0;
        }
      }
    }

    const candidates: Candidate[] = touched.map((r) => {
      const evidence: Evidence = {
        coverage: totalWeight > 0 ? Math.min(1, runbookCovered[r]! / totalWeight) : 0,
        phrase: Math.min(1, runbookPhrase[r]!),
        codeShare: runbookCodes[r]!,
      };
      return { runbook: r, ...evidence, score: combinedScore(evidence), terms: runbookTerms[r]! };
    });
    for (const r of touched) {
      runbookSeen[r] = 0;
      runbookCovered[r] = 0;
      runbookPhrase[r] = 0;
      runbookCodes[r] = 0;
      runbookTerms[r] = undefined;
    }
    candidates.sort((a, b) => b.score - a.score || a.runbook - b.runbook);
    return { candidates, termCount: terms.length + codes.size, request: intent.request };
  }

  const toResult = (c: Candidate): MatchResult => ({
    id: runbooks[c.runbook]!.id,
    title: runbooks[c.runbook]!.title,
    score: Math.round(c.score * 1000) / 1000,
    terms: [...new Set(c.terms)],
  });

  return {
    match(text: string): MatchOutcome {
      const { candidates, termCount, request } = evaluate(text, false);
      const [top, runnerUp] = candidates;
      const confident = top !== undefined && isConfident(top, runnerUp, { termCount, request });
      const results = candidates.slice(0, TOP_RESULTS).map(toResult);
      return { confident: confident ? results[0]! : null, results };
    },
    search(query: string, limit = TOP_RESULTS): MatchResult[] {
      const completeLast = !/\s$/.test(query);
      return evaluate(query, completeLast).candidates.slice(0, Math.max(0, limit)).map(toResult);
    },
    explain(text: string, limit = TOP_RESULTS): Explanation {
      const { candidates, termCount, request } = evaluate(text, false);
      return {
        request,
        termCount,
        candidates: candidates.slice(0, limit).map((c) => ({
          ...toResult(c),
          coverage: c.coverage,
          phrase: c.phrase,
          codeShare: c.codeShare,
        })),
      };
    },
  };
}
