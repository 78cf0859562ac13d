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
  /**
   * How much the covered words say, in units of the library's rarest word: "vpn" alone covers a
   * whole ticket but is shared by several runbooks; "bitlocker" or "account locked" say more.
   */
  information: number;
}

export interface TicketEvidence {
  /** The ticket asks for something and reports nothing wrong (ticket-intent.ts). */
  request: boolean;
  /** Meaningful terms and codes in the ticket. */
  termCount: number;
}

/**
 * Every number the matcher scores with, in one place, each with its reason. Exported (and not
 * frozen) so the bench and tuning scripts can vary them; the shipped values were chosen on the dev
 * set and checked on ticket sets written independently of it (tests/matching/).
 */
export interface MatchTuning {
  /** Weight of a word found in a related query / the title / a symptom: queries are what people type. */
  fieldWeight: [query: number, title: number, symptom: number];
  /** A typo-corrected word counts less than an exact one: the correction may be wrong. */
  fuzzyDiscount: number;
  /** A word the library never uses still belongs to the ticket: it weighs this share of the rarest word. */
  unknownWordShare: number;
  /** An error code weighs this many times the rarest word. */
  codeShare: number;
  /**
   * A phrase earns full credit only when what it shares with the ticket is worth this share of the
   * rarest word: "works on work laptop" is fully inside "work laptop stolen" but says little.
   */
  phraseInformation: number;
  coverageWeight: number;
  phraseWeight: number;
  /** How far a code that names only this runbook lifts its score (0..1). */
  codeLift: number;
  minScore: number;
  minCoverage: number;
  minMargin: number;
  /** With a code that names this runbook, a smaller lead suffices. */
  minMarginWithCode: number;
  /** Least `information` for a confident match without a code. */
  minInformation: number;
}

export const TUNING: MatchTuning = {
  fieldWeight: [1, 0.9, 0.7],
  fuzzyDiscount: 0.85,
  unknownWordShare: 0.55,
  codeShare: 1.5,
  phraseInformation: 0.8,
  coverageWeight: 0.6,
  phraseWeight: 0.4,
  codeLift: 0.8,
  minScore: 0.5,
  minCoverage: 0.4,
  minMargin: 0.05,
  minMarginWithCode: 0.03,
  minInformation: 0.8,
};

/** The score shown to agents, 0..1: text evidence, lifted by exact codes. */
export function combinedScore(e: Evidence): number {
  const text = TUNING.coverageWeight * e.coverage + TUNING.phraseWeight * e.phrase;
  const lift = TUNING.codeLift * Math.min(1, e.codeShare);
  return 1 - (1 - text) * (1 - lift);
}

export function isConfident(
  top: Evidence & { score: number },
  runnerUp: { score: number } | undefined,
  ticket: TicketEvidence,
): boolean {
  if (ticket.termCount === 0 || ticket.request) return false;
  const margin = top.score - (runnerUp?.score ?? 0);
  if (top.codeShare >= 0.5) return margin >= TUNING.minMarginWithCode;
  return (
    top.score >= TUNING.minScore &&
    top.coverage >= TUNING.minCoverage &&
    top.information >= TUNING.minInformation &&
    margin >= TUNING.minMargin
  );
}
