import type { LearnedEvidence } from './learned-evidence';
import fitted from './learned-weights.json' with { type: 'json' };

/**
 * What the learned channel adds to a candidate's confidence, as inputs of a logistic model whose
 * offset is the static matcher's own log-odds for that candidate: with no learned evidence the
 * probability is the static one, and learned agreement moves it by fitted amounts
 * (`npm run fit:learning`, scripts/fit-learning.ts), not hand-set ones. Every input is 0 for a
 * runbook no example shares a word with.
 */
export const LEARNED_FEATURE_NAMES = [
  /** Share of the ticket's word weight found in tickets agents used this runbook for. */
  'coverage',
  /** That share minus the best other runbook's: two runbooks taught alike is a tie. */
  'coverageLead',
  /** The share of words taught for this runbook that the runbook itself lacks: what only learning knows. */
  'novel',
  /** The weight of those shared words, saturating. */
  'information',
  /** Weighted Jaccard of the closest such ticket. */
  'closest',
  /** How many such tickets are similar (SIMILAR), saturating. */
  'similar',
  /** How often agents used this runbook on this site at all, saturating: what is common here. */
  'picks',
  /** Coverage again when the static matcher already ranks this runbook first: the two channels agree. */
  'agreesWithStatic',
  /** Summed similarity of similar tickets where it was shown and marked "Not helpful". */
  'against',
  /** The closest of those "Not helpful" tickets. */
  'closestAgainst',
] as const;

export type LearnedFeatureName = (typeof LEARNED_FEATURE_NAMES)[number];

export interface LearnedModel {
  features: readonly string[];
  weights: readonly number[];
  /** At or above: the candidate is shown as the runbook. */
  strong: number;
}

/** Weights fitted for other inputs would score silently wrong: refused at load. */
export function checkLearnedModel(model: LearnedModel): LearnedModel {
  if (
    model.features.join() !== LEARNED_FEATURE_NAMES.join() ||
    model.weights.length !== LEARNED_FEATURE_NAMES.length ||
    !model.weights.every(Number.isFinite)
  )
    throw new Error('the learned model does not fit learned-decision.ts: run npm run fit:learning');
  return model;
}

export const LEARNED_MODEL: LearnedModel = checkLearnedModel(fitted);

/** A model that adds nothing: learning leaves every probability as the static matcher gave it. */
export const UNFITTED_LEARNED_MODEL: LearnedModel = {
  features: [...LEARNED_FEATURE_NAMES],
  weights: LEARNED_FEATURE_NAMES.map(() => 0),
  strong: 1.01,
};

export function learnedFeatures(e: LearnedEvidence, rivalCoverage: number, staticFirst: boolean): number[] {
  const values: Record<LearnedFeatureName, number> = {
    coverage: e.coverage,
    coverageLead: e.coverage - rivalCoverage,
    novel: e.novel,
    information: Math.log1p(e.information),
    closest: e.best,
    similar: Math.log1p(e.count),
    picks: Math.log1p(e.picks),
    agreesWithStatic: staticFirst ? e.coverage : 0,
    against: e.against,
    closestAgainst: e.worst,
  };
  return LEARNED_FEATURE_NAMES.map((name) => values[name]);
}

// A static probability of exactly 0 or 1 has no log-odds; learning may move anything a little.
const FLOOR = 0.002;

export function staticLogOdds(p: number): number {
  const q = Math.min(1 - FLOOR, Math.max(FLOOR, p));
  return Math.log(q / (1 - q));
}

export function learnedProbability(staticScore: number, features: readonly number[], model: LearnedModel): number {
  let z = staticLogOdds(staticScore);
  for (let i = 0; i < features.length; i += 1) z += model.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}
