// The confidence fit, shared by `npm run fit` (scripts/fit-confidence.ts) and `npm run bench`:
// candidate rows from labelled cases, the two-stage fit (listwise ranker, logistic decision), and
// k-fold cross-validation.
import { basename } from 'node:path';
import { decisionInputs, logit, UNFITTED_MODEL } from '../lib/matching/match-confidence';
import { CANDIDATE_POOL, createMatcher } from '../lib/matching/match';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import { readCases, runEval, type Answer, type EvalCase, type EvalMetrics } from './eval-cases';
import { fitListwise, type Listwise } from './listwise';
import { fitLogistic, type Logistic } from './logistic';

export interface Row {
  id: string;
  x: number[];
  y: 0 | 1;
}
export interface FitCase {
  /** File name of the set. */
  set: string;
  /** The budget group: the file names given to one --cases, joined by " + ". */
  group: string;
  kase: EvalCase;
  rows: Row[];
}

/** Each --cases group's files, read and turned into candidate rows by the matcher. */
export function loadFitCases(runbooks: readonly Runbook[], groups: readonly string[][]): FitCase[] {
  // Features do not depend on the weights; the unfitted model keeps a stale weights file out of it.
  const matcher = createMatcher(runbooks, undefined, UNFITTED_MODEL);
  return groups.flatMap((files) =>
    files.flatMap((file) =>
      readCases(file).map((kase) => ({
        set: basename(file),
        group: files.map((f) => basename(f)).join(' + '),
        kase,
        rows: matcher.explain(kase.text, CANDIDATE_POOL).candidates.map((c) => ({
          id: c.id,
          x: c.features,
          y: kase.expect.includes(c.id) ? 1 : 0,
        })),
      })),
    ),
  );
}

/** Deterministic shuffle (seeded LCG) so a fit is reproducible. */
function foldOf(n: number, k: number, seed0: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = seed0;
  for (let i = n - 1; i > 0; i -= 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(n);
  order.forEach((caseIndex, position) => (fold[caseIndex] = position % k));
  return fold;
}

export interface Fitted {
  ranker: Listwise;
  decision: Logistic;
}

/** Each case's candidates as the ranker orders them, and the decision model's probability for the first. */
export type Scored = { ranked: string[]; p: number };

function rankCase(c: FitCase, ranker: Listwise): { rows: Row[]; z: number[] } {
  const scored = c.rows.map((r) => ({ r, z: logit(ranker, r.x) }));
  // Stable, like the matcher: ties keep the prior order.
  scored.sort((a, b) => b.z - a.z);
  return { rows: scored.map((s) => s.r), z: scored.map((s) => s.z) };
}

function decisionRow(c: FitCase, ranker: Listwise): { x: number[]; y: 0 | 1 } | undefined {
  const { rows, z } = rankCase(c, ranker);
  if (rows.length === 0) return undefined;
  return { x: decisionInputs(rows[0]!.x, z), y: rows[0]!.y };
}

/** Stage one on every case's pool; stage two on each case's first candidate under stage one. */
export function fit(subset: readonly FitCase[]): Fitted {
  const ranker = fitListwise(subset.map((c) => ({ xs: c.rows.map((r) => r.x), ys: c.rows.map((r) => r.y) })));
  const rows = subset.flatMap((c) => decisionRow(c, ranker) ?? []);
  const decision = fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
  );
  return { ranker, decision };
}

export function scoreCase(c: FitCase, model: Fitted): Scored {
  const { rows } = rankCase(c, model.ranker);
  const d = decisionRow(c, model.ranker);
  return { ranked: rows.map((r) => r.id), p: d ? model.decision.predict(d.x) : 0 };
}

/** Out-of-fold answers: each case scored by a model fitted without its fold. */
export function crossValidate(cases: readonly FitCase[], folds: number, seed = 18): Scored[] {
  const fold = foldOf(cases.length, folds, seed);
  const scored = new Array<Scored>(cases.length);
  for (let k = 0; k < folds; k += 1) {
    const model = fit(cases.filter((_, i) => fold[i] !== k));
    cases.forEach((c, i) => {
      if (fold[i] === k) scored[i] = scoreCase(c, model);
    });
  }
  return scored;
}

/** The contract's metrics for the cases `inside` picks, answering strong matches at `strong`. */
export function metricsOf(
  cases: readonly FitCase[],
  scored: readonly Scored[],
  strong: number,
  inside: (c: FitCase) => boolean,
): EvalMetrics {
  const members = cases.map((c, i) => [c, scored[i]!] as const).filter(([c]) => inside(c));
  const byText = new Map(members.map(([c, s]) => [c.kase.text, s]));
  return runEval(
    members.map(([c]) => c.kase),
    (text): Answer => {
      const s = byText.get(text)!;
      return { confident: s.p >= strong ? s.ranked[0]! : null, ranked: s.ranked.slice(0, 5) };
    },
  ).metrics;
}
