import type { Evidence, TicketEvidence } from './match-evidence';

/**
 * The confidence model's inputs for one candidate, in the order of FEATURE_NAMES (the weights file
 * names them, so a reordering is caught at load). Each is a plain reading of the evidence; what it
 * is worth is fitted (scripts/fit-confidence.ts), not chosen here.
 */
export const FEATURE_NAMES = [
  'coverage',
  'phrase',
  'code',
  'information',
  'matchedShare',
  'priorLead',
  'coverageLead',
  'phraseLead',
  'terms',
  'singleTerm',
  'unknownShare',
  'request',
  'servesRequest',
  'problem',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Best of the other candidates' evidence: what "lead over the runner-up" is measured against. */
export interface RivalEvidence {
  prior: number;
  coverage: number;
  phrase: number;
}

export const NO_RIVAL: RivalEvidence = { prior: 0, coverage: 0, phrase: 0 };

/** The strongest rival of each candidate: the best other value of each reading, taken separately. */
export function rivalsOf(pool: readonly Evidence[]): RivalEvidence[] {
  const best = (key: keyof RivalEvidence, skip: number): number =>
    pool.reduce((max, e, i) => (i === skip ? max : Math.max(max, e[key])), 0);
  return pool.map((_, i) => ({
    prior: best('prior', i),
    coverage: best('coverage', i),
    phrase: best('phrase', i),
  }));
}

export function candidateFeatures(e: Evidence, rival: RivalEvidence, ticket: TicketEvidence): number[] {
  const values: Record<FeatureName, number> = {
    coverage: e.coverage,
    phrase: e.phrase,
    code: Math.min(1, e.codeShare),
    // Saturating: past a few rare words, more says little more.
    information: Math.log1p(e.information),
    matchedShare: e.matchedShare,
    priorLead: e.prior - rival.prior,
    coverageLead: e.coverage - rival.coverage,
    phraseLead: e.phrase - rival.phrase,
    terms: Math.log1p(ticket.termCount),
    singleTerm: ticket.termCount <= 1 ? 1 : 0,
    unknownShare: ticket.unknownShare,
    request: ticket.request && !e.servesRequest ? 1 : 0,
    servesRequest: ticket.request && e.servesRequest ? 1 : 0,
    problem: ticket.problem ? 1 : 0,
  };
  return FEATURE_NAMES.map((name) => values[name]);
}
