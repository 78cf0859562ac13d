import { stem } from '../matching/stem';
import type { LearnedExample } from './learned-example';

/** What this machine's agents taught about one runbook, for one ticket. */
export interface LearnedEvidence {
  runbook: string;
  /** Similar tickets the agents used this runbook for. */
  count: number;
  /** Sum of those tickets' similarity to this one. */
  support: number;
  /** Similar tickets where it was shown and marked "Not helpful". */
  negatives: number;
  /** Sum of those tickets' similarity. */
  against: number;
  /** The closest of the positive examples, 0..1. */
  best: number;
  /**
   * Share of this ticket's term weight found in any ticket agents used this runbook for, 0..1:
   * paraphrases of one problem share its rare words ("duo", "authenticator") more than their wording.
   */
  coverage: number;
  /** The weight of those shared words, in units of the library's rarest word. */
  information: number;
}

/** How much a word says; the matcher passes its own rarity (idf), so "laptop" counts less than "bitlocker". */
export interface TermWeights {
  weightOf: (term: string) => number;
  /** The weight of a word found in one runbook only: the unit of `information`. */
  unit: number;
}

/**
 * Below this similarity an example is about another problem. Weighted Jaccard: two tickets sharing
 * their rare words and differing in common ones still pass; sharing only "outlook" does not.
 */
export const SIMILAR = 0.5;

/** Weighted Jaccard similarity of two sets of stemmed terms, 0..1. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weightOf: (t: string) => number): number {
  let shared = 0;
  let union = 0;
  for (const t of a) union += weightOf(t);
  for (const t of b) {
    const w = weightOf(t);
    if (a.has(t)) shared += w;
    else union += w;
  }
  return union > 0 ? shared / union : 0;
}

const blank = (runbook: string): LearnedEvidence => ({
  runbook,
  count: 0,
  support: 0,
  negatives: 0,
  against: 0,
  best: 0,
  coverage: 0,
  information: 0,
});

/** Per runbook, what the examples say about this ticket's terms. Examples must already be this origin's. */
export function learnedEvidence(
  terms: readonly string[],
  examples: readonly LearnedExample[],
  { weightOf, unit }: TermWeights,
): Map<string, LearnedEvidence> {
  const evidence = new Map<string, LearnedEvidence>();
  if (terms.length === 0) return evidence;
  // Stored terms stay readable (they become related queries on export); "crashes" meets "crashing" here.
  const stems = new Map<string, string>();
  const keys = (list: readonly string[]): Set<string> =>
    new Set(list.map((t) => stems.get(t) ?? stems.set(t, stem(t)).get(t)!));
  const ticket = keys(terms);
  let total = 0;
  for (const t of ticket) total += weightOf(t);
  const shared = new Map<string, Set<string>>();
  for (const example of examples) {
    let e = evidence.get(example.runbook);
    if (!e) evidence.set(example.runbook, (e = blank(example.runbook)));
    const other = keys(example.terms);
    const common = [...other].filter((t) => ticket.has(t));
    if (common.length === 0) continue;
    const sim = similarity(ticket, other, weightOf);
    if (example.negative) {
      if (sim < SIMILAR) continue;
      e.negatives += 1;
      e.against += sim;
      continue;
    }
    const words = shared.get(example.runbook) ?? new Set<string>();
    for (const t of common) words.add(t);
    shared.set(example.runbook, words);
    if (sim < SIMILAR) continue;
    e.count += 1;
    e.support += sim;
    e.best = Math.max(e.best, sim);
  }
  for (const [runbook, words] of shared) {
    const e = evidence.get(runbook)!;
    let weight = 0;
    for (const t of words) weight += weightOf(t);
    e.coverage = total > 0 ? weight / total : 0;
    e.information = unit > 0 ? weight / unit : 0;
  }
  return evidence;
}
