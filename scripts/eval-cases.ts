// Shared by `npm run eval` and `npm run bench`: reads JSONL cases and scores any matcher the way
// the contract defines (shared/contract.md).
import { readFileSync } from 'node:fs';

export interface EvalCase {
  text: string;
  /** Runbook ids that are right answers; empty: no runbook fits and abstaining is right. */
  expect: string[];
}

/** What a matcher answered for one ticket: the confident id (null = abstained) and the ranking. */
export interface Answer {
  confident: string | null;
  ranked: string[];
}

export interface EvalMetrics {
  cases: number;
  inScope: number;
  top1: number;
  top3: number;
  abstain: number;
  falseConfident: number;
  p50Ms: number;
  p95Ms: number;
}

export interface Miss {
  kase: EvalCase;
  answer: Answer;
  kind: 'wrong' | 'abstained' | 'not-in-top3' | 'false-confident';
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      const parsed = JSON.parse(line) as Partial<EvalCase>;
      if (typeof parsed.text !== 'string' || !Array.isArray(parsed.expect))
        throw new Error(`${file}:${n}: needs "text" and "expect"`);
      return { text: parsed.text, expect: parsed.expect };
    });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The contract's quality figures for answers given to `cases`, in order. */
export function scoreAnswers(
  cases: readonly EvalCase[],
  answers: readonly Answer[],
): { quality: Omit<EvalMetrics, 'p50Ms' | 'p95Ms'>; misses: Miss[] } {
  const misses: Miss[] = [];
  let inScope = 0;
  let top1 = 0;
  let top3 = 0;
  let outOfScope = 0;
  let abstained = 0;
  let falseConfident = 0;
  cases.forEach((kase, i) => {
    const answer = answers[i]!;
    const expected = new Set(kase.expect);
    if (answer.confident !== null && !expected.has(answer.confident)) falseConfident += 1;
    if (expected.size > 0) {
      inScope += 1;
      const hit1 = answer.confident !== null && expected.has(answer.confident);
      const hit3 = answer.ranked.slice(0, 3).some((id) => expected.has(id));
      if (hit1) top1 += 1;
      if (hit3) top3 += 1;
      if (!hit1) misses.push({ kase, answer, kind: answer.confident === null ? 'abstained' : 'wrong' });
      else if (!hit3) misses.push({ kase, answer, kind: 'not-in-top3' });
    } else {
      outOfScope += 1;
      if (answer.confident === null) abstained += 1;
      else misses.push({ kase, answer, kind: 'false-confident' });
    }
  });
  return {
    quality: {
      cases: cases.length,
      inScope,
      top1: round(inScope ? top1 / inScope : 0),
      top3: round(inScope ? top3 / inScope : 0),
      abstain: round(outOfScope ? abstained / outOfScope : 0),
      falseConfident: round(cases.length ? falseConfident / cases.length : 0),
    },
    misses,
  };
}

/**
 * Runs every case once untimed (so the JIT has compiled the matcher, as it has in a panel that has
 * been open a while), then once timed, and scores the timed answers.
 */
export function runEval(
  cases: readonly EvalCase[],
  match: (text: string) => Answer,
): { metrics: EvalMetrics; misses: Miss[] } {
  for (const c of cases) match(c.text);
  const times: number[] = [];
  const answers = cases.map((kase) => {
    const start = performance.now();
    const answer = match(kase.text);
    times.push(performance.now() - start);
    return answer;
  });
  times.sort((a, b) => a - b);
  const { quality, misses } = scoreAnswers(cases, answers);
  return {
    metrics: { ...quality, p50Ms: round(percentile(times, 50), 4), p95Ms: round(percentile(times, 95), 4) },
    misses,
  };
}
