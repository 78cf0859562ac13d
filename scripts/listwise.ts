// The ranker's fit: a listwise (conditional) logit over each ticket's candidate pool. A pointwise
// logistic regression asks "is this candidate right?" of every row on its own, and most of its
// effort goes into telling far-off candidates from near ones; what the panel needs is the right
// runbook above the others of the same ticket, which is what this maximises:
// log P(a right candidate | the pool) = log Σ_right e^z − log Σ_pool e^z. Standardised features,
// L2 penalty, Newton steps (halved while they do not lower the loss); deterministic.
import { columnScales, solve } from './logistic';

export interface Pool {
  xs: readonly (readonly number[])[];
  /** 1 for each right candidate; a pool without one teaches the ranker nothing and is skipped. */
  ys: readonly number[];
}

export interface Listwise {
  weights: number[];
  /**
   * A softmax ignores any constant; this one makes sigmoid(z) the share of candidates with this
   * score that are right, so a candidate's logit also reads as a probability on its own.
   */
  bias: number;
}

const logSumExp = (zs: readonly number[]): number => {
  const max = Math.max(...zs);
  return max + Math.log(zs.reduce((s, z) => s + Math.exp(z - max), 0));
};

/** Softmax weights of `zs` (stable for any range of logits). */
function softmax(zs: readonly number[]): number[] {
  const lse = logSumExp(zs);
  return zs.map((z) => Math.exp(z - lse));
}

export function fitListwise(pools: readonly Pool[], l2 = 3, iterations = 40): Listwise {
  const fitted = pools.filter((p) => p.ys.some((y) => y === 1));
  const all = fitted.flatMap((p) => p.xs);
  const d = all[0]?.length ?? 0;
  const { mean, sd } = columnScales(all);
  const groups = fitted.map((p) => ({
    zs: p.xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!)),
    right: p.ys.map((y) => y === 1),
  }));
  const scores = (z: number[][], w: readonly number[]): number[] =>
    z.map((row) => row.reduce((s, v, j) => s + v * w[j]!, 0));
  const loss = (w: readonly number[]): number =>
    groups.reduce((sum, g) => {
      const s = scores(g.zs, w);
      return sum + logSumExp(s) - logSumExp(s.filter((_, i) => g.right[i]));
    }, 0) +
    (l2 / 2) * w.reduce((s, v) => s + v * v, 0);

  let w = new Array<number>(d).fill(0);
  let current = loss(w);
  for (let it = 0; it < iterations; it += 1) {
    const grad = w.map((v) => l2 * v);
    const hess = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? l2 : 0)));
    for (const g of groups) {
      const s = scores(g.zs, w);
      const rows = g.zs;
      const p = softmax(s);
      // The same softmax over the right candidates only.
      const rightScores = s.map((v, i) => (g.right[i] ? v : -Infinity));
      const q = softmax(rightScores).map((v, i) => (g.right[i] ? v : 0));
      const meanP = Array.from({ length: d }, (_, j) => rows.reduce((t, r, i) => t + p[i]! * r[j]!, 0));
      const meanQ = Array.from({ length: d }, (_, j) => rows.reduce((t, r, i) => t + q[i]! * r[j]!, 0));
      for (let j = 0; j < d; j += 1) {
        grad[j]! += meanP[j]! - meanQ[j]!;
        for (let k = j; k < d; k += 1) {
          let cov = 0;
          rows.forEach((r, i) => (cov += (p[i]! - q[i]!) * r[j]! * r[k]!));
          hess[j]![k]! += cov - meanP[j]! * meanP[k]! + meanQ[j]! * meanQ[k]!;
        }
      }
    }
    for (let j = 0; j < d; j += 1) for (let k = 0; k < j; k += 1) hess[j]![k] = hess[k]![j]!;
    const step = solve(hess, grad);
    let scale = 1;
    let next = w.map((v, j) => v - step[j]!);
    let nextLoss = loss(next);
    while (!(nextLoss <= current) && scale > 1e-4) {
      scale /= 2;
      next = w.map((v, j) => v - scale * step[j]!);
      nextLoss = loss(next);
    }
    if (!(nextLoss <= current)) break;
    const moved = Math.max(...step.map((v) => Math.abs(v * scale)));
    w = next;
    current = nextLoss;
    if (moved < 1e-8) break;
  }
  const weights = w.map((v, j) => v / sd[j]!);
  const centred = -weights.reduce((s, v, j) => s + v * mean[j]!, 0);
  return { weights, bias: centred + calibratedOffset(pools, weights, centred) };
}

/** The constant c for which Σ sigmoid(z + c) over every candidate equals the number of right ones. */
function calibratedOffset(pools: readonly Pool[], weights: readonly number[], bias: number): number {
  const zs = pools.flatMap((p) => p.xs.map((x) => x.reduce((s, v, j) => s + v * weights[j]!, bias)));
  const right = pools.reduce((n, p) => n + p.ys.filter((y) => y === 1).length, 0);
  let c = 0;
  for (let it = 0; it < 50; it += 1) {
    let f = -right;
    let df = 0;
    for (const z of zs) {
      const s = 1 / (1 + Math.exp(-(z + c)));
      f += s;
      df += s * (1 - s);
    }
    if (df === 0) break;
    const step = f / df;
    c -= step;
    if (Math.abs(step) < 1e-10) break;
  }
  return c;
}
