import { exampleKey, isLearnedExample, type LearnedExample } from './learned-example';
import { retain, type Retention } from './retention';

/**
 * Adds or refreshes one example. The same ticket and runbook keep one example (copying three
 * commands is one lesson, not three); a use after "Not helpful" on the same ticket flips it.
 */
export function addExample(
  examples: readonly LearnedExample[],
  example: LearnedExample,
  retention: Retention,
  now: number,
): LearnedExample[] {
  if (example.terms.length === 0) return retain(examples, retention, now); // nothing to learn from
  const key = exampleKey(example);
  return retain([example, ...examples.filter((e) => exampleKey(e) !== key)], retention, now);
}

export function forgetExample(examples: readonly LearnedExample[], key: string): LearnedExample[] {
  return examples.filter((e) => exampleKey(e) !== key);
}

/** Stored examples as far as they are readable, and how many were not. */
export function readExamples(raw: unknown): { examples: LearnedExample[]; broken: number } {
  if (!Array.isArray(raw)) return { examples: [], broken: raw === undefined || raw === null ? 0 : 1 };
  const examples = raw.filter(isLearnedExample);
  return { examples, broken: raw.length - examples.length };
}

/** Only this site's examples teach this site. */
export const examplesOf = (examples: readonly LearnedExample[], origin: string): LearnedExample[] =>
  examples.filter((e) => e.origin === origin);
