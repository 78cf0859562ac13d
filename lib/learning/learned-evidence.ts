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
  /** The closest of the positive examples sharing a word, 0..1 (also below SIMILAR). */
  best: number;
  /** The closest of the "Not helpful" examples sharing a word, 0..1. */
  worst: number;
  /** Every ticket agents used this runbook for on this site, similar or not: how often it is the answer here. */
  picks: number;
  /** Tickets agents used this runbook for that share any word with this one (`count` and more). */
  sharing: number;
  /**
   * Share of this ticket's term weight found in any ticket agents used this runbook for, 0..1:
   * paraphrases of one problem share its rare words ("duo", "authenticator") more than their wording.
   */
  coverage: number;
  /** The weight of those shared words, in units of the library's rarest word. */
  information: number;
  /** Like `coverage`, counting only words the static matcher did not find in this runbook itself. */
  novel: number;
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

/** The examples by stemmed word, with each one's total weight: a ticket touches only examples sharing a word. */
interface ExampleIndex {
  totals: Float64Array;
  byTerm: Map<string, number[]>;
  /** Positive examples per runbook. */
  picks: Map<string, number>;
}

// Built once per examples list and matcher (word weights differ between libraries): the panel
// compares each ticket with up to 5,000 examples, and the list changes only when an agent teaches.
const indexes = new WeakMap<TermWeights, WeakMap<readonly LearnedExample[], ExampleIndex>>();

function indexOf(examples: readonly LearnedExample[], weights: TermWeights): ExampleIndex {
  let byList = indexes.get(weights);
  if (!byList) indexes.set(weights, (byList = new WeakMap()));
  let index = byList.get(examples);
  if (index) return index;
  const totals = new Float64Array(examples.length);
  const byTerm = new Map<string, number[]>();
  const picks = new Map<string, number>();
  examples.forEach((example, i) => {
    if (!example.negative) picks.set(example.runbook, (picks.get(example.runbook) ?? 0) + 1);
    for (const t of new Set(example.terms.map(stem))) {
      totals[i]! += weights.weightOf(t);
      const list = byTerm.get(t);
      if (list) list.push(i);
      else byTerm.set(t, [i]);
    }
  });
  byList.set(examples, (index = { totals, byTerm, picks }));
  return index;
}

const blank = (runbook: string): LearnedEvidence => ({
  runbook,
  count: 0,
  support: 0,
  negatives: 0,
  against: 0,
  best: 0,
  worst: 0,
  picks: 0,
  sharing: 0,
  coverage: 0,
  information: 0,
  novel: 0,
});

/** Per runbook, what the examples say about this ticket's terms. Examples must already be this origin's. */
export function learnedEvidence(
  terms: readonly string[],
  examples: readonly LearnedExample[],
  weights: TermWeights,
  /** Examples recorded on this ticket are left out. */
  ticketKey?: string,
  /** Per runbook, the (stemmed) ticket words the static matcher found in it. */
  known?: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, LearnedEvidence> {
  const evidence = new Map<string, LearnedEvidence>();
  if (terms.length === 0 || examples.length === 0) return evidence;
  // Stored terms stay readable (they become related queries on export); "crashes" meets "crashing" here.
  const ticket = new Set(terms.map(stem));
  const { totals, byTerm, picks } = indexOf(examples, weights);
  let total = 0;
  const shared = new Map<number, number>();
  const taughtWords = new Map<string, Set<string>>();
  for (const t of ticket) {
    const w = weights.weightOf(t);
    total += w;
    for (const i of byTerm.get(t) ?? []) {
      const example = examples[i]!;
      if (example.ticket === ticketKey) continue;
      shared.set(i, (shared.get(i) ?? 0) + w);
      if (example.negative) continue;
      const words = taughtWords.get(example.runbook) ?? new Set<string>();
      taughtWords.set(example.runbook, words.add(t));
    }
  }
  for (const [i, common] of shared) {
    const example = examples[i]!;
    let e = evidence.get(example.runbook);
    if (!e) evidence.set(example.runbook, (e = blank(example.runbook)));
    const sim = common / (total + totals[i]! - common);
    if (example.negative) e.worst = Math.max(e.worst, sim);
    else {
      e.sharing += 1;
      e.best = Math.max(e.best, sim);
    }
    if (sim < SIMILAR) continue;
    if (example.negative) {
      e.negatives += 1;
      e.against += sim;
    } else {
      e.count += 1;
      e.support += sim;
    }
  }
  const ownPicks = new Map<string, number>();
  if (ticketKey !== undefined)
    for (const example of examples)
      if (example.ticket === ticketKey && !example.negative)
        ownPicks.set(example.runbook, (ownPicks.get(example.runbook) ?? 0) + 1);
  for (const e of evidence.values()) e.picks = (picks.get(e.runbook) ?? 0) - (ownPicks.get(e.runbook) ?? 0);
  for (const [runbook, words] of taughtWords) {
    const e = evidence.get(runbook)!;
    let weight = 0;
    let novel = 0;
    const found = known?.get(runbook);
    for (const t of words) {
      weight += weights.weightOf(t);
      if (!found?.has(t)) novel += weights.weightOf(t);
    }
    e.coverage = total > 0 ? weight / total : 0;
    e.novel = total > 0 ? novel / total : 0;
    e.information = weights.unit > 0 ? weight / weights.unit : 0;
  }
  return evidence;
}
