// The learned model's fit (scripts/fit-learning.ts): a logistic regression whose offset is each
// candidate's static log-odds, so the weights say only what learned evidence adds. The replay is
// sequential (what the agent teaches depends on what the panel answered), so a fit replays the
// cases under the previous model, fits on the rows it saw, and repeats.
import {
  LEARNED_FEATURE_NAMES,
  staticLogOdds,
  UNFITTED_LEARNED_MODEL,
  type LearnedFeatureName,
  type LearnedModel,
} from '../lib/learning/learned-decision';
import type { Answer, EvalCase } from './eval-cases';
import type { LearnedRow } from './learning-replay';
import { solve } from './logistic';

/**
 * The sign each input must have: agreement may only lift a runbook and "Not helpful" only lower
 * it. An input fitted with the other sign is noise in these sets and is dropped.
 */
const SIGN: Record<LearnedFeatureName, 1 | -1> = {
  coverage: 1,
  coverageLead: 1,
  novel: 1,
  information: 1,
  closest: 1,
  similar: 1,
  picks: 1,
  agreesWithStatic: 1,
  against: -1,
  closestAgainst: -1,
};

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Offset logistic regression without intercept, L2-penalised, over the inputs `active` names. */
function fitOffset(rows: readonly LearnedRow[], active: readonly number[], l2: number): number[] {
  const d = active.length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 50 && d > 0; it += 1) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const row of rows) {
      const x = active.map((j) => row.features[j]!);
      const p = sigmoid(staticLogOdds(row.staticScore) + x.reduce((s, v, j) => s + v * w[j]!, 0));
      const q = p * (1 - p);
      for (let j = 0; j < d; j += 1) {
        grad[j]! += (p - row.y) * x[j]!;
        for (let k = 0; k < d; k += 1) hess[j]![k]! += q * x[j]! * x[k]!;
      }
    }
    for (let j = 0; j < d; j += 1) {
      grad[j]! += l2 * w[j]!;
      hess[j]![j]! += l2;
    }
    const step = solve(hess, grad);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Fits the weights on rows, dropping inputs whose fitted sign contradicts SIGN until none does. */
export function fitWeights(rows: readonly LearnedRow[], l2 = 1): number[] {
  let active = LEARNED_FEATURE_NAMES.map((_, j) => j);
  for (;;) {
    const w = fitOffset(rows, active, l2);
    const wrong = active.filter((j, k) => Math.sign(w[k]!) === -SIGN[LEARNED_FEATURE_NAMES[j]!]);
    if (wrong.length === 0) {
      const weights = LEARNED_FEATURE_NAMES.map(() => 0);
      active.forEach((j, k) => (weights[j] = Math.round(w[k]! * 1e4) / 1e4));
      return weights;
    }
    active = active.filter((j) => !wrong.includes(j));
  }
}

export type Replay = (cases: readonly EvalCase[], model: LearnedModel, onRow?: (row: LearnedRow) => void) => Answer[];

/**
 * Replays every set under the previous model, fits on all rows seen, and repeats `rounds` times
 * (the first replay is the static matcher's: every miss is taught). `strong` is the cut-off used.
 */
export function fitLearned(sets: readonly (readonly EvalCase[])[], replay: Replay, strong: number, rounds = 3) {
  let model: LearnedModel = { ...UNFITTED_LEARNED_MODEL, strong };
  for (let round = 0; round < rounds; round += 1) {
    const rows: LearnedRow[] = [];
    for (const cases of sets) replay(cases, model, (row) => rows.push(row));
    model = { features: [...LEARNED_FEATURE_NAMES], weights: fitWeights(rows), strong };
  }
  return model;
}

/**
 * The lowest learned cut-off (from the static one down, in steps of 0.01) at which replaying each
 * set adds at most `budget` to its false-confident rate, and every cut-off above it does too.
 */
export function chooseCutoff(
  sets: readonly (readonly EvalCase[])[],
  replay: Replay,
  weights: readonly number[],
  from: number,
  budget: number,
  falseConfident: (cases: readonly EvalCase[], answers: readonly Answer[]) => number,
): number {
  const base = sets.map((cases) => falseConfident(cases, replay(cases, { ...UNFITTED_LEARNED_MODEL, strong: from })));
  let chosen = from;
  for (let t = from; t >= 0.3; t = Math.round((t - 0.01) * 100) / 100) {
    const model = { features: [...LEARNED_FEATURE_NAMES], weights, strong: t };
    const within = sets.every((cases, i) => falseConfident(cases, replay(cases, model)) <= base[i]! + budget + 1e-9);
    if (!within) break;
    chosen = t;
  }
  return chosen;
}
