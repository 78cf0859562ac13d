import type { MatchOutcome, MatchResult } from './match';
import { TUNING } from './match-confidence';

/** How well the library fits a ticket: a runbook shown on its own, candidates only, or nothing. */
export type Confidence = 'strong' | 'possible' | 'none';

/** The panel's words for each, wherever it speaks of a fit (panel, alternatives, popup). */
export const CONFIDENCE_WORD: Record<Confidence, string> = {
  strong: 'Strong match',
  possible: 'Possible match',
  none: 'No match',
};

export function confidenceOf(outcome: MatchOutcome): Confidence {
  if (outcome.confident) return 'strong';
  return outcome.results.length > 0 ? 'possible' : 'none';
}

/**
 * The word beside one listed runbook, or '' for none. Raw percentages are never shown: a "58 %" under
 * "No confident match" reads as a contradiction, since confidence also weighs coverage and the lead over
 * the runner-up. Only the runbook the matcher shows on its own is strong; a candidate below the floor
 * gets no word rather than a weak one.
 */
export function resultWord(result: MatchResult, outcome: MatchOutcome): string {
  if (outcome.confident?.id === result.id) return CONFIDENCE_WORD.strong;
  return result.score >= SEARCH_FLOOR ? CONFIDENCE_WORD.possible : '';
}

/**
 * Search results under this score are not shown: a query of unknown words ("zzzz nothing") still finds
 * some word of some runbook, and an empty list saying so helps more than a weak hit.
 */
export const SEARCH_FLOOR = TUNING.minScore;
