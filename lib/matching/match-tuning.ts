import type { Evidence } from './match-evidence';

/**
 * The numbers that gather evidence and rank the candidate pool before the confidence model sees
 * it. They decide which runbooks are candidates and in what order ties fall; whether the top one
 * is shown is the fitted model's decision (match-confidence.ts), not a threshold here.
 */
export interface MatchTuning {
  /** Weight of a word found in a related query / the title / a symptom: queries are what people type. */
  fieldWeight: [query: number, title: number, symptom: number];
  /** A typo-corrected word counts less than an exact one: the correction may be wrong. */
  fuzzyDiscount: number;
  /** A word the library never uses still belongs to the ticket: it weighs this share of the rarest word. */
  unknownWordShare: number;
  /** An error code weighs this many times the rarest word. */
  codeWeight: number;
  /**
   * A phrase earns full credit only when what it shares with the ticket is worth this share of the
   * rarest word: "works on work laptop" is fully inside "work laptop stolen" but says little.
   */
  phraseInformation: number;
  coverageWeight: number;
  phraseWeight: number;
  /** How far a code that names only this runbook lifts its score (0..1). */
  codeLift: number;
}

export const TUNING: MatchTuning = {
  fieldWeight: [1, 0.9, 0.7],
  fuzzyDiscount: 0.85,
  unknownWordShare: 0.55,
  codeWeight: 1.5,
  phraseInformation: 0.8,
  coverageWeight: 0.6,
  phraseWeight: 0.4,
  codeLift: 0.8,
};

/** Text evidence lifted by exact codes, 0..1: the order of the candidate pool. */
export function priorScore(e: Pick<Evidence, 'coverage' | 'phrase' | 'codeShare'>): number {
  return prior(e.coverage, e.phrase, e.codeShare);
}

/** priorScore without an object: it runs once per touched runbook, thousands of times at 5,000. */
export function prior(coverage: number, phrase: number, codeShare: number): number {
  const text = TUNING.coverageWeight * coverage + TUNING.phraseWeight * phrase;
  const lift = TUNING.codeLift * Math.min(1, codeShare);
  return 1 - (1 - text) * (1 - lift);
}
