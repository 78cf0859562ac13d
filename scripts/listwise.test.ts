import { describe, expect, it } from 'vitest';
import { fitListwise, type Pool } from './listwise';

const score = (w: { weights: number[]; bias: number }, x: readonly number[]): number =>
  x.reduce((s, v, j) => s + v * w.weights[j]!, w.bias);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

// Two readings per candidate: the first tells the right one apart within its pool, the second is
// high or low for a whole pool at once (like a long ticket) and says nothing about which is right.
function pools(n: number): Pool[] {
  return Array.from({ length: n }, (_, i) => {
    const level = i % 2;
    const right = i % 3;
    const xs = [0, 1, 2].map((k) => [k === right ? 0.6 + 0.1 * (i % 4) : 0.1 * ((i + k) % 5), level]);
    return { xs, ys: [0, 1, 2].map((k) => (k === right ? 1 : 0)) };
  });
}

describe('the listwise ranker fit', () => {
  it('learns what puts the right candidate first in its pool, not what is high across pools', () => {
    const data = pools(60);
    const fitted = fitListwise(data);
    expect(fitted.weights[0]).toBeGreaterThan(0);
    expect(Math.abs(fitted.weights[1]!)).toBeLessThan(1e-6);
    for (const pool of data) {
      const zs = pool.xs.map((x) => score(fitted, x));
      expect(pool.ys[zs.indexOf(Math.max(...zs))]).toBe(1);
    }
  });

  it('sets the constant so the candidates’ probabilities add up to the number of right ones', () => {
    const data = [
      ...pools(30),
      {
        xs: [
          [0.2, 0],
          [0.1, 0],
        ],
        ys: [0, 0],
      },
    ];
    const fitted = fitListwise(data);
    const expected = data.reduce((n, p) => n + p.ys.filter((y) => y === 1).length, 0);
    const total = data.reduce((s, p) => s + p.xs.reduce((t, x) => t + sigmoid(score(fitted, x)), 0), 0);
    expect(total).toBeCloseTo(expected, 4);
  });

  it('gives the same weights for the same data (the fit is reproducible)', () => {
    expect(fitListwise(pools(40))).toEqual(fitListwise(pools(40)));
  });
});
