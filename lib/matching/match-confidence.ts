import { FEATURE_NAMES } from './match-features';
import fitted from './confidence-weights.json';

/**
 * When is a match good enough to show as *the* runbook? A logistic model over the candidate's
 * evidence (match-features.ts) gives the probability that the candidate is the right runbook; it
 * also orders the candidates. The weights and the two cut-offs are fitted on labelled tickets by
 * `npm run fit` (scripts/fit-confidence.ts), which picks the strong cut-off so that under k-fold
 * cross-validation no more than 4% of tickets get a wrong runbook shown as a strong match.
 */

export type Confidence = 'strong' | 'possible' | 'none';

export interface ConfidenceModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** At or above: shown as the runbook ("Strong match"). */
  strong: number;
  /** At or above (and below strong): offered, not shown ("Possible match"). */
  possible: number;
}

/** The fitted model shipped with the extension. */
export const CONFIDENCE_MODEL: ConfidenceModel = fitted;

/** Weights fitted for other features would score silently wrong: matchers refuse them. */
export function checkModel(model: ConfidenceModel): ConfidenceModel {
  if (model.features.join() !== FEATURE_NAMES.join() || model.weights.length !== FEATURE_NAMES.length)
    throw new Error('the confidence model does not fit match-features.ts: run npm run fit');
  return model;
}

/** A model that knows nothing (every candidate at 0.5): what the fitter scores candidates with. */
export const UNFITTED_MODEL: ConfidenceModel = {
  features: [...FEATURE_NAMES],
  weights: FEATURE_NAMES.map(() => 0),
  bias: 0,
  strong: 1.01,
  possible: 1.01,
};

export function probability(features: readonly number[], model: ConfidenceModel): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i += 1) z += model.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

export function confidenceOf(p: number | undefined, model: ConfidenceModel): Confidence {
  if (p === undefined) return 'none';
  return p >= model.strong ? 'strong' : p >= model.possible ? 'possible' : 'none';
}
