import type { MatchOutcome } from './match';
import type { Confidence } from './match-confidence';

export type { Confidence } from './match-confidence';

/**
 * How sure the match is, in the words the panel shows: the matcher's own fitted confidence
 * (`outcome.confidence`, match-confidence.ts). An outcome from before it reported one (a stored or
 * hand-made outcome) is read from `confident` vs `results`.
 */
export function confidenceOf(
  outcome: Pick<MatchOutcome, 'confident' | 'results'> & Partial<Pick<MatchOutcome, 'confidence'>>,
): Confidence {
  if (outcome.confidence) return outcome.confidence;
  if (outcome.confident) return 'strong';
  return outcome.results.length > 0 ? 'possible' : 'none';
}

export const CONFIDENCE_WORD: Record<Confidence, string> = {
  strong: 'Strong match',
  possible: 'Possible match',
  none: 'No match',
};
