import type { MatchOutcome, MatchResult } from './match';
import { TUNING } from './match-confidence';

export type ConfidenceWords = 'Confident match' | 'Possible match' | 'Weak match';

/**
 * How the panel words a runbook's fit to the ticket, the one rule for it everywhere. Raw percentages are
 * never shown: a "58 %" under "No confident match" reads as a contradiction, since confidence also weighs
 * coverage and the lead over the runner-up. Only the runbook the matcher shows on its own is "confident".
 */
export function confidenceWords(result: MatchResult, outcome: MatchOutcome): ConfidenceWords {
  if (outcome.confident?.id === result.id) return 'Confident match';
  return result.score >= TUNING.minScore ? 'Possible match' : 'Weak match';
}

/**
 * Search results under this score are not shown: a query of unknown words ("zzzz nothing") still finds
 * some word of some runbook, and an empty list saying so helps more than a weak hit.
 */
export const SEARCH_FLOOR = TUNING.minScore;
