/**
 * What the scorer knows about one runbook as the answer to one ticket, and about the ticket itself.
 * The confidence model (match-confidence.ts) reads only these numbers, through match-features.ts:
 * a new channel of evidence (learned examples, say) adds a field here and a feature there.
 */

export interface Evidence {
  /** Share of the ticket's term weight this runbook covers, 0..1. */
  coverage: number;
  /** Best share of one related query / title / symptom found in the ticket, field-weighted, 0..1. */
  phrase: number;
  /** Share of the runbook's title found in the ticket (titles name the product: "Outlook", "BitLocker"), 0..1. */
  titleShare: number;
  /** Share of the ticket's term weight that one single phrasing of the runbook covers, 0..1. */
  oneEntryCoverage: number;
  /**
   * Best cosine between the ticket and one phrasing (idf-weighted): high only when one phrasing
   * holds the ticket's words and little else, 0..1.
   */
  cosine: number;
  /**
   * The most telling single word matched, in units of the rarest word. Beside `information` (the
   * sum) it says how concentrated the evidence is: the fit finds one rare word alone ("wifi",
   * "bitlocker") a weaker sign than the same weight spread over several words.
   */
  peak: number;
  /** Ticket codes this runbook names, each worth 1 / (number of runbooks naming it). */
  codeShare: number;
  /**
   * How much the covered words say, in units of the library's rarest word: "vpn" alone covers a
   * whole ticket but is shared by several runbooks; "bitlocker" or "account locked" say more.
   */
  information: number;
  /** Share of the ticket's meaningful words (unweighted) this runbook matched, 0..1. */
  matchedShare: number;
  /** The ticket is a request and this runbook's phrasings hold the word that asks ("reset"). */
  servesRequest: boolean;
  /** The pre-model ranking score (match-tuning.ts): what puts a runbook in the candidate pool. */
  prior: number;
}

export interface TicketEvidence {
  /** Meaningful terms and codes in the ticket. */
  termCount: number;
  /** The ticket asks for something and reports nothing wrong (ticket-intent.ts). */
  request: boolean;
  /** Nothing in the ticket says what is wrong beyond "issue" / "problem" (ticket-intent.ts). */
  vague: boolean;
  /** Share of the ticket's term weight in words the library does not know at all, 0..1. */
  unknownShare: number;
  /** The ticket's whole term weight, in units of the library's rarest word. */
  information: number;
}
