import type { MatchOutcome } from './match';

export type Confidence = 'strong' | 'possible' | 'none';

/**
 * How sure the match is, in the words the panel shows. Derived from `confident` vs `results` until the
 * matcher reports its own confidence (#18); then this becomes `outcome.confidence`.
 */
export function confidenceOf(outcome: MatchOutcome): Confidence {
  if (outcome.confident) return 'strong';
  return outcome.results.length > 0 ? 'possible' : 'none';
}

export const CONFIDENCE_WORD: Record<Confidence, string> = {
  strong: 'Strong match',
  possible: 'Possible match',
  none: 'No match',
};
