import { CONFIDENCE_WORD } from './confidence-word';
import type { MatchOutcome, MatchResult } from './match';

/**
 * Search results under this score are not shown: a query of unknown words ("zzzz nothing") still finds
 * some word of some runbook, and an empty list saying so helps more than a weak hit. Search scores are
 * evidence scores (priorScore); a listed runbook's score in a match is the fitted probability that it
 * is the right one, and below one half it gets no word either.
 */
export const SEARCH_FLOOR = 0.5;

/**
 * The word beside one listed runbook (alternatives), or '' for none. Raw percentages are never shown: a
 * "58 %" under "No confident match" reads as a contradiction, since confidence also weighs coverage and
 * the lead over the runner-up. Only the runbook the matcher shows on its own is strong; a candidate below
 * the floor gets no word rather than a weak one.
 */
export function resultWord(result: MatchResult, outcome: Pick<MatchOutcome, 'confident'>): string {
  if (outcome.confident?.id === result.id) return CONFIDENCE_WORD.strong;
  return result.score >= SEARCH_FLOOR ? CONFIDENCE_WORD.possible : '';
}
