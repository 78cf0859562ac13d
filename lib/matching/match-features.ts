import type { Evidence, TicketEvidence } from './match-evidence';

/**
 * The confidence model's inputs for one candidate, in the order of FEATURE_NAMES (the weights file
 * names them, so a reordering is caught at load). Each is a plain reading of the evidence; what it
 * is worth is fitted (scripts/fit-confidence.ts), not chosen here.
 */
export const FEATURE_NAMES = [
  'coverage',
  'phrase',
  'fullPhrase',
  'oneEntry',
  'cosine',
  'title',
  'code',
  'information',
  'peak',
  'matchedShare',
  'phraseLead',
  'rivals',
  'unmatchedInformation',
  'terms',
  'unknownShare',
  'request',
  'servesRequest',
  'vague',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** What a candidate's lead is measured against: the other candidates of the same ticket. */
export interface RivalEvidence {
  /** The best phrase among the others. */
  phrase: number;
  /** How many other candidates come within 80% of this one's prior: a crowd is a guess. */
  close: number;
}

export function rivalsOf(pool: readonly Evidence[]): RivalEvidence[] {
  return pool.map((e, i) => ({
    phrase: pool.reduce((max, other, j) => (j === i ? max : Math.max(max, other.phrase)), 0),
    close: pool.filter((other, j) => j !== i && other.prior >= 0.8 * e.prior).length,
  }));
}

export function candidateFeatures(e: Evidence, rival: RivalEvidence, ticket: TicketEvidence): number[] {
  const values: Record<FeatureName, number> = {
    coverage: e.coverage,
    phrase: e.phrase,
    // The ticket is one of the runbook's phrasings, nothing more and nothing less.
    fullPhrase: e.phrase * e.matchedShare,
    oneEntry: e.oneEntryCoverage,
    cosine: e.cosine,
    title: e.titleShare,
    code: Math.min(1, e.codeShare),
    // Saturating: past a few rare words, more says little more.
    information: Math.log1p(e.information),
    peak: e.peak,
    matchedShare: e.matchedShare,
    phraseLead: e.phrase - rival.phrase,
    rivals: rival.close,
    unmatchedInformation: Math.log1p(Math.max(0, ticket.information - e.information)),
    terms: Math.log1p(ticket.termCount),
    unknownShare: ticket.unknownShare,
    request: ticket.request && !e.servesRequest ? 1 : 0,
    servesRequest: ticket.request && e.servesRequest ? 1 : 0,
    vague: ticket.vague ? 1 : 0,
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
