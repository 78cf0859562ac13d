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
  'priorLead',
  'coverageLead',
  'phraseLead',
  'rivals',
  'unmatchedInformation',
  'terms',
  'exactProblem',
  'unknownShare',
  'request',
  'servesRequest',
  'problem',
  'vague',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Best of the other candidates' evidence: what "lead over the runner-up" is measured against. */
export interface RivalEvidence {
  prior: number;
  coverage: number;
  phrase: number;
  /** How many other candidates come within 80% of this one's prior: a crowd is a guess. */
  close: number;
}

/** The strongest rival of each candidate: the best other value of each reading, taken separately. */
export function rivalsOf(pool: readonly Evidence[]): RivalEvidence[] {
  const best = (key: 'prior' | 'coverage' | 'phrase', skip: number): number =>
    pool.reduce((max, e, i) => (i === skip ? max : Math.max(max, e[key])), 0);
  return pool.map((e, i) => ({
    prior: best('prior', i),
    coverage: best('coverage', i),
    phrase: best('phrase', i),
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
    priorLead: e.prior - rival.prior,
    coverageLead: e.coverage - rival.coverage,
    phraseLead: e.phrase - rival.phrase,
    rivals: rival.close,
    unmatchedInformation: Math.log1p(Math.max(0, ticket.information - e.information)),
    terms: Math.log1p(ticket.termCount),
    exactProblem: e.exactPhrasing && ticket.problem ? 1 : 0,
    unknownShare: ticket.unknownShare,
    request: ticket.request && !e.servesRequest ? 1 : 0,
    servesRequest: ticket.request && e.servesRequest ? 1 : 0,
    problem: ticket.problem ? 1 : 0,
    vague: ticket.vague ? 1 : 0,
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
