import {
  checkModel,
  CONFIDENCE_MODEL,
  confidenceOf,
  decisionInputs,
  logit,
  sigmoid,
  type Confidence,
  type ConfidenceModel,
} from './match-confidence';
import type { Evidence, TicketEvidence } from './match-evidence';
import { candidateFeatures, rivalsOf } from './match-features';
import type { MatchIndex } from './match-index';
import { loadMatchModel } from './match-model';
import { createTicketScorer, type Candidate } from './match-scoring';
import type { Runbook } from '../runbooks/runbook-schema';
import { applyLearning } from '../learning/apply-learning';
import type { LearnedExample } from '../learning/learned-example';
import { matchTerms } from '../learning/match-terms';
import { termWeights } from '../learning/term-weight';
import { ticketEvidence } from '../learning/ticket-evidence';

export { buildMatchIndex, type MatchIndex } from './match-index';

export interface MatchResult {
  id: string;
  title: string;
  /** 0..1: the fitted probability that this is the right runbook (match-confidence.ts). */
  score: number;
  /** Ticket words (as normalised, before synonyms) and error codes this runbook matched, for highlighting. */
  terms: string[];
  /** How many similar tickets agents on this site used this runbook for (the learned channel). */
  learned?: number;
}

export interface MatchOutcome {
  /** The runbook to show, or null when nothing fits with confidence (the panel shows no-match). */
  confident: MatchResult | null;
  /**
   * How sure the matcher is of the first result: 'strong' (it is `confident`), 'possible' (worth
   * offering first among the alternatives, not shown as the answer) or 'none'.
   */
  confidence: Confidence;
  /** The best runbooks, best first, at most 5 (alternatives, or candidates after an abstain). */
  results: MatchResult[];
}

/** What this site's agents taught (lib/learning): examples of this origin only. */
export interface Learning {
  examples: readonly LearnedExample[];
  /** The open ticket: its own examples teach later tickets, not itself. */
  ticket?: string;
}

export interface Matcher {
  match(text: string, learning?: Learning): MatchOutcome;
  /** For the panel's search box: no abstaining, the last word may be unfinished. */
  search(query: string, limit?: number): MatchResult[];
  /** What learning keeps of a ticket's text (lib/learning/match-terms.ts): never the text itself. */
  terms(text: string): readonly string[];
}

/** Why the matcher decided as it did: the evidence behind each candidate (CLI, fitting, tests). */
export interface Explanation {
  ticket: TicketEvidence;
  candidates: Array<MatchResult & Evidence & { features: number[] }>;
}

export interface ExplainingMatcher extends Matcher {
  explain(text: string, limit?: number): Explanation;
}

export const TOP_RESULTS = 5;
/**
 * How many runbooks, by prior score, the model re-ranks. The right one is in the first ten by
 * prior for 97–100% of in-scope dev tickets; more only adds work.
 */
export const CANDIDATE_POOL = 10;

interface Ranked {
  candidate: Candidate;
  features: number[];
  /** The ranker's logit. */
  z: number;
  /** The score shown (MatchResult.score). */
  p: number;
}

/**
 * Builds a matcher over `runbooks`. Pass the index `buildMatchIndex` made at build time to skip
 * analysing the library again; an index for other runbooks (or an older format) is ignored.
 * `model` is the fitted confidence model (the shipped one unless a fitting script passes another).
 * Pure and synchronous: no browser or node APIs.
 */
export function createMatcher(
  runbooks: readonly Runbook[],
  index?: MatchIndex,
  model: ConfidenceModel = CONFIDENCE_MODEL,
): ExplainingMatcher {
  checkModel(model);
  const library = loadMatchModel(runbooks, index);
  const score = createTicketScorer(library);
  const weights = termWeights(library);
  const titles = new Map(runbooks.map((r) => [r.id, r.title]));
  const toResult = ({ candidate, p }: Ranked): MatchResult => ({
    id: runbooks[candidate.runbook]!.id,
    title: runbooks[candidate.runbook]!.title,
    score: Math.round(p * 1000) / 1000,
    terms: candidate.terms,
  });

  /**
   * The candidate pool in the ranker's order. The first candidate's score is the decision model's
   * probability that it is right; the others' are that probability scaled by their ranker score
   * relative to the first, so the scores shown fall in the order shown.
   */
  function rank(text: string, completeLast: boolean): { ranked: Ranked[]; ticket: TicketEvidence } {
    const { candidates, ticket } = score(text, { limit: CANDIDATE_POOL, completeLast });
    const rivals = rivalsOf(candidates);
    const ranked = candidates.map((candidate, i) => {
      const features = candidateFeatures(candidate, rivals[i]!, ticket);
      return { candidate, features, z: logit(model.ranker, features), p: 0 };
    });
    // Ties keep the prior order (stable sort), so equal evidence falls to the runbook listed first.
    ranked.sort((a, b) => b.z - a.z);
    const [top] = ranked;
    if (top) {
      const inputs = decisionInputs(
        top.features,
        ranked.map((r) => r.z),
      );
      const confidence = sigmoid(logit(model.decision, inputs));
      const topRanker = sigmoid(top.z);
      for (const r of ranked) r.p = topRanker > 0 ? (confidence * sigmoid(r.z)) / topRanker : 0;
    }
    return { ranked, ticket };
  }

  return {
    match(text, learning) {
      const { ranked } = rank(text, false);
      const results = ranked.slice(0, TOP_RESULTS).map(toResult);
      const confidence = confidenceOf(ranked[0]?.p, model);
      const outcome = { confident: confidence === 'strong' ? results[0]! : null, confidence, results };
      if (!learning?.examples.length) return outcome;
      const evidence = ticketEvidence(text, outcome, learning.examples, weights, learning.ticket);
      return applyLearning(outcome, evidence, (id) => titles.get(id));
    },
    search(query, limit = TOP_RESULTS) {
      if (limit <= 0) return [];
      // While the agent types, the last word is probably unfinished: let it complete.
      const completeLast = !/\s$/.test(query);
      // A search is not a ticket: no abstaining, so no confidence model. Runbooks come in order of
      // evidence, scored by it (priorScore), which is what the search floor is set against.
      return score(query, { limit, completeLast }).candidates.map((c) =>
        toResult({ candidate: c, features: [], z: 0, p: c.prior }),
      );
    },
    terms: matchTerms,
    explain(text, limit = TOP_RESULTS) {
      const { ranked, ticket } = rank(text, false);
      return {
        ticket,
        candidates: ranked.slice(0, Math.max(1, limit)).map((r) => {
          const { runbook: _runbook, terms: _terms, ...evidence } = r.candidate;
          return { ...toResult(r), ...evidence, features: r.features };
        }),
      };
    },
  };
}
