import type { Evidence } from './match-confidence';
import { isConfident } from './match-confidence';
import type { MatchIndex } from './match-index';
import { loadMatchModel } from './match-model';
import { createTicketScorer, type Candidate } from './match-scoring';
import type { Runbook } from '../runbooks/runbook-schema';

export { buildMatchIndex, type MatchIndex } from './match-index';

export interface MatchResult {
  id: string;
  title: string;
  /** 0..1, higher is better. Comparable within one library, not across libraries. */
  score: number;
  /** Ticket words (as normalised, before synonyms) and error codes this runbook matched, for highlighting. */
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

/** Why the matcher decided as it did: the evidence behind each candidate (CLI, tuning, tests). */
export interface Explanation {
  request: boolean;
  termCount: number;
  candidates: Array<MatchResult & Evidence>;
}

export interface ExplainingMatcher extends Matcher {
  explain(text: string, limit?: number): Explanation;
}

export const TOP_RESULTS = 5;

/**
 * Builds a matcher over `runbooks`. Pass the index `buildMatchIndex` made at build time to skip
 * analysing the library again; an index for other runbooks (or an older format) is ignored.
 * Pure and synchronous: no browser or node APIs.
 */
export function createMatcher(runbooks: readonly Runbook[], index?: MatchIndex): ExplainingMatcher {
  const score = createTicketScorer(loadMatchModel(runbooks, index));
  const toResult = (c: Candidate): MatchResult => ({
    id: runbooks[c.runbook]!.id,
    title: runbooks[c.runbook]!.title,
    score: Math.round(c.score * 1000) / 1000,
    terms: c.terms,
  });

  return {
    match(text) {
      const { candidates, termCount, request } = score(text, { limit: TOP_RESULTS, completeLast: false });
      const [top, runnerUp] = candidates;
      const results = candidates.map(toResult);
      const confident = top !== undefined && isConfident(top, runnerUp, { termCount, request });
      return { confident: confident ? results[0]! : null, results };
    },
    search(query, limit = TOP_RESULTS) {
      if (limit <= 0) return [];
      // While the agent types, the last word is probably unfinished: let it complete.
      const completeLast = !/\s$/.test(query);
      return score(query, { limit, completeLast }).candidates.map(toResult);
    },
    explain(text, limit = TOP_RESULTS) {
      const { candidates, termCount, request } = score(text, { limit: Math.max(1, limit), completeLast: false });
      return {
        request,
        termCount,
        candidates: candidates.map((c) => ({
          ...toResult(c),
          coverage: c.coverage,
          phrase: c.phrase,
          codeShare: c.codeShare,
          information: c.information,
        })),
      };
    },
  };
}
