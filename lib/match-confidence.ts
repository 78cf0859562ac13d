/**
 * When is a match good enough to show as *the* runbook? Fuse-style scores cannot say: a token
 * search finds some word of almost every runbook in almost every ticket. So confidence comes from
 * what the ticket itself tells us:
 *  - coverage: how much of the ticket's meaningful content (weighted by rarity) the runbook explains
 *    — "metrc inventory report for audit" names a runbook's product but is about something else;
 *  - phrase: how much of one of the runbook's own phrasings the ticket contains;
 *  - exact error codes, which name a problem outright;
 *  - margin over the runner-up: two runbooks explaining the ticket equally well is a tie, not a match;
 *  - intent: a ticket asking for something, with nothing wrong, is not a runbook's problem.
 */

export interface Evidence {
  /** Share of the ticket's term weight this runbook covers, 0..1. */
  coverage: number;
  /** Best share of one related query / title / symptom found in the ticket, field-weighted, 0..1. */
  phrase: number;
  /** Ticket codes this runbook names, each worth 1 / (number of runbooks naming it). */
  codeShare: number;
}

export interface TicketEvidence {
  /** The ticket asks for something and reports nothing wrong (ticket-intent.ts). */
  request: boolean;
  /** Meaningful terms and codes in the ticket. */
  termCount: number;
}

/** Tunables, exported so tests and the bench can show what the numbers are. */
export const CONFIDENCE = {
  coverageWeight: 0.6,
  phraseWeight: 0.4,
  /** How far a unique code hit alone lifts a score (0..1). */
  codeLift: 0.8,
  minScore: 0.55,
  minCoverage: 0.5,
  minMargin: 0.08,
  /** With a code that names this runbook, a smaller lead suffices. */
  minMarginWithCode: 0.03,
} as const;

/** The score shown to agents, 0..1: text evidence, lifted by exact codes. */
export function combinedScore(e: Evidence): number {
  const text = CONFIDENCE.coverageWeight * e.coverage + CONFIDENCE.phraseWeight * e.phrase;
  const lift = CONFIDENCE.codeLift * Math.min(1, e.codeShare);
  return 1 - (1 - text) * (1 - lift);
}

export function isConfident(
  top: Evidence & { score: number },
  runnerUp: { score: number } | undefined,
  ticket: TicketEvidence,
): boolean {
  if (ticket.termCount === 0 || ticket.request) return false;
  const margin = top.score - (runnerUp?.score ?? 0);
  if (top.codeShare >= 0.5) return margin >= CONFIDENCE.minMarginWithCode;
  return top.score >= CONFIDENCE.minScore && top.coverage >= CONFIDENCE.minCoverage && margin >= CONFIDENCE.minMargin;
}
