import type { MatchOutcome } from '../matching/match';
import { analyseText } from '../matching/normalise-ticket';
import { stem } from '../matching/stem';
import { learnedEvidence, type LearnedEvidence, type TermWeights } from './learned-evidence';
import type { LearnedExample } from './learned-example';
import { matchTerms } from './match-terms';

/**
 * What the examples say about this ticket, per runbook, knowing which of its words the static
 * matcher already found in each candidate runbook: a taught word the runbook itself contains is
 * already in the static probability, and counting it again would lift near misses on words like
 * "restart" or "outlook" (the `novel` share counts only the others).
 */
export function ticketEvidence(
  text: string,
  outcome: MatchOutcome,
  examples: readonly LearnedExample[],
  weights: TermWeights,
  ticketKey?: string,
): Map<string, LearnedEvidence> {
  const terms = matchTerms(text);
  if (terms.length === 0 || examples.length === 0) return new Map();
  // Results name the ticket's words as written ("reiniciei"); examples hold canonical ones ("restart").
  const termsOf = new Map<string, string[]>();
  for (const { term, surface } of analyseText(text, { ticket: true }).terms)
    termsOf.set(surface, [...(termsOf.get(surface) ?? []), term]);
  const known = new Map(
    outcome.results.map((r) => [r.id, new Set(r.terms.flatMap((s) => termsOf.get(s) ?? [s]).map(stem))] as const),
  );
  return learnedEvidence(terms, examples, weights, ticketKey, known);
}
