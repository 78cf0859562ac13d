import { FEATURE_NAMES } from './match-features';
import fitted from './confidence-weights.json' with { type: 'json' };

/**
 * When is a match good enough to show as *the* runbook? Two small logistic models over the
 * candidates' evidence (match-features.ts), both fitted on labelled tickets by `npm run fit`
 * (scripts/fit-confidence.ts):
 *  - the ranker scores every candidate and orders them (fitted listwise: the right runbook above
 *    the other candidates of the same ticket);
 *  - the decision model looks at the first candidate only — its evidence, its ranker score and its
 *    lead over the others — and gives the probability that it is right: the match's confidence.
 * The fitter picks the strong cut-off so that under k-fold cross-validation no more than 4% of the
 * tickets of any set get a wrong runbook shown as a strong match.
 */

export type Confidence = 'strong' | 'possible' | 'none';

export interface Logistic {
  weights: readonly number[];
  bias: number;
}

export interface ConfidenceModel {
  /** FEATURE_NAMES the weights were fitted for. */
  features: readonly string[];
  ranker: Logistic;
  /** Weights over decisionInputs(): the features, then the ranker's logit, its lead and its share. */
  decision: Logistic;
  /** At or above: shown as the runbook ("Strong match"). */
  strong: number;
  /** At or above (and below strong): offered first, not shown as the answer ("Possible match"). */
  possible: number;
}

/** The fitted model shipped with the extension. */
export const CONFIDENCE_MODEL: ConfidenceModel = fitted;

/** Weights fitted for other features would score silently wrong: matchers refuse them. */
export function checkModel(model: ConfidenceModel): ConfidenceModel {
  const n = FEATURE_NAMES.length;
  if (
    model.features.join() !== FEATURE_NAMES.join() ||
    model.ranker.weights.length !== n ||
    model.decision.weights.length !== n + DECISION_EXTRAS
  )
    throw new Error('the confidence model does not fit match-features.ts: run npm run fit');
  return model;
}

/** A model that knows nothing (every candidate even, nothing confident): what the fitter starts from. */
export const UNFITTED_MODEL: ConfidenceModel = {
  features: [...FEATURE_NAMES],
  ranker: { weights: FEATURE_NAMES.map(() => 0), bias: 0 },
  decision: { weights: [...FEATURE_NAMES.map(() => 0), 0, 0, 0], bias: 0 },
  strong: 1.01,
  possible: 1.01,
};

export function logit(model: Logistic, inputs: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < inputs.length; i += 1) z += model.weights[i]! * inputs[i]!;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Inputs after the features: the ranker's logit of the first candidate, its lead over the second,
 * and the log of its softmax share of the pool (how much of the ranker's belief it holds: a lead
 * over one close rival and a lead over a crowd of them are not the same).
 */
const DECISION_EXTRAS = 3;
/** A lone candidate leads by this much: more than any real lead, less than infinity. */
const LONE_LEAD = 10;

/** `logits`: the ranker's logits of the pool, highest first. */
export function decisionInputs(features: readonly number[], logits: readonly number[]): number[] {
  const top = logits[0] ?? 0;
  const lead = logits.length < 2 ? LONE_LEAD : Math.min(LONE_LEAD, top - logits[1]!);
  let rest = 0;
  for (const z of logits) rest += Math.exp(z - top);
  return [...features, top, lead, -Math.log(rest)];
}

export function confidenceOf(p: number | undefined, model: ConfidenceModel): Confidence {
  if (p === undefined) return 'none';
  return p >= model.strong ? 'strong' : p >= model.possible ? 'possible' : 'none';
}
