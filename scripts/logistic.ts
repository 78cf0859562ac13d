// Logistic regression for the confidence fit: standardised features, L2 penalty, Newton steps
// (a dozen features, so the Hessian is tiny). The returned weights apply to raw features.

export interface Logistic {
  weights: number[];
  bias: number;
  predict(x: readonly number[]): number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A v = b for a small dense symmetric positive-definite A (Gaussian elimination). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c += 1) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Each column's mean and standard deviation (1 for a constant column), to fit on comparable scales. */
export function columnScales(xs: readonly (readonly number[])[]): { mean: number[]; sd: number[] } {
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / Math.max(1, xs.length));
  const sd = Array.from({ length: d }, (_, j) => {
    const v = xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / Math.max(1, xs.length);
    return Math.sqrt(v) || 1;
  });
  return { mean, sd };
}

export function fitLogistic(xs: readonly number[][], ys: readonly number[], l2 = 1, iterations = 30): Logistic {
  const d = xs[0]?.length ?? 0;
  const { mean, sd } = columnScales(xs);
  const zs = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    zs.forEach((z, i) => {
      const p = sigmoid(z.reduce((s, v, j) => s + v * w[j]!, 0));
      const r = p - ys[i]!;
      const q = p * (1 - p);
      for (let j = 0; j <= d; j += 1) {
        grad[j]! += r * z[j]!;
        for (let k = j; k <= d; k += 1) hess[j]![k]! += q * z[j]! * z[k]!;
      }
    });
    for (let j = 0; j <= d; j += 1) {
      for (let k = 0; k < j; k += 1) hess[j]![k] = hess[k]![j]!;
      // The intercept is not penalised.
      if (j > 0) {
        grad[j]! += l2 * w[j]!;
        hess[j]![j]! += l2;
      }
    }
    const step = solve(hess, grad);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const weights = Array.from({ length: d }, (_, j) => w[j + 1]! / sd[j]!);
  const bias = w[0]! - weights.reduce((s, v, j) => s + v * mean[j]!, 0);
  return {
    weights,
    bias,
    predict: (x) => sigmoid(bias + x.reduce((s, v, j) => s + v * weights[j]!, 0)),
  };
}
