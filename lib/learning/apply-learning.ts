import type { MatchOutcome, MatchResult } from '../matching/match';
import type { LearnedEvidence } from './learned-evidence';

/**
 * The learned channel's numbers, chosen by replaying the eval sets as a correcting agent
 * (`npm run eval -- --learn`), each with its reason.
 */
export const LEARNING = {
  /** How far one fully similar example lifts a runbook's score towards 1. */
  lift: 0.5,
  /** How far the learned coverage lifts it. */
  coverageLift: 0.3,
  /** How far one fully similar "Not helpful" pulls it towards 0. */
  drop: 0.6,
  /**
   * A runbook becomes the confident match on its own when agents used it for this many similar
   * tickets: one pick may be a slip (on wild-dev one pick made more false matches; two scored as
   * well as three — three is the cautious choice)…
   */
  minExamples: 3,
  /** …the closest of them at least this similar… */
  confidentSimilarity: 0.6,
  /** …and its support beats every other runbook's by this factor (two runbooks taught alike is a tie). */
  confidentLead: 1.5,
  /** Or: the static matcher ranks it among this many… */
  rankedWithin: 1,
  /** …and tickets agents used it for cover this share of this ticket's weight… */
  minCoverage: 0.2,
  /** …worth this many of the library's rarest word… */
  minInformation: 1.25,
  /** …well ahead of any other runbook's learned coverage. */
  coverageLead: 1.5,
};

const TOP = 5;
const round = (x: number): number => Math.round(x * 1000) / 1000;

function adjusted(score: number, e: LearnedEvidence | undefined): number {
  if (!e) return score;
  const net = e.support - e.against;
  return net >= 0
    ? score + (1 - score) * Math.min(0.95, net * LEARNING.lift + e.coverage * LEARNING.coverageLift)
    : score * (1 - Math.min(0.95, -net * LEARNING.drop));
}

/** The runbook agents taught for tickets like this one, if the teaching is clear enough to show. */
function taughtBySimilar(evidence: readonly LearnedEvidence[]): LearnedEvidence | null {
  const ranked = evidence.filter((e) => e.count > 0 && e.support > e.against).sort((a, b) => b.support - a.support);
  const [top, next] = ranked;
  if (!top || top.best < LEARNING.confidentSimilarity || top.count < LEARNING.minExamples) return null;
  return !next || top.support >= LEARNING.confidentLead * next.support ? top : null;
}

/** A runbook the static matcher already considers, whose taught tickets explain this one's rare words. */
function taughtByWords(evidence: readonly LearnedEvidence[], ranked: readonly string[]): LearnedEvidence | null {
  const [top, next] = evidence.filter((e) => e.against <= e.support).sort((a, b) => b.coverage - a.coverage);
  if (!top || !ranked.slice(0, LEARNING.rankedWithin).includes(top.runbook)) return null;
  if (top.coverage < LEARNING.minCoverage || top.information < LEARNING.minInformation) return null;
  return !next || top.coverage >= LEARNING.coverageLead * next.coverage ? top : null;
}

/**
 * The static outcome with the learned channel applied: taught runbooks rank higher (and join the
 * list), "Not helpful" ones lower; a clear teaching makes its runbook the confident match and a
 * clear "Not helpful" withdraws one. A ticket with no meaningful terms has no evidence and stays as
 * it was: learning never makes a content-free ticket confident.
 */
export function applyLearning(
  outcome: MatchOutcome,
  evidence: ReadonlyMap<string, LearnedEvidence>,
  titleOf: (id: string) => string | undefined,
): MatchOutcome {
  if (evidence.size === 0) return outcome;
  const byId = new Map<string, MatchResult>(outcome.results.map((r) => [r.id, r]));
  for (const e of evidence.values()) {
    const title = titleOf(e.runbook);
    if (!byId.has(e.runbook) && title !== undefined && e.count > 0)
      byId.set(e.runbook, { id: e.runbook, title, score: 0, terms: [] });
  }
  const results = [...byId.values()]
    .map((r) => {
      const e = evidence.get(r.id);
      return { ...r, score: round(adjusted(r.score, e)), ...(e && e.count > 0 ? { learned: e.count } : {}) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, TOP);

  const all = [...evidence.values()];
  const winner =
    taughtBySimilar(all) ??
    taughtByWords(
      all,
      outcome.results.map((r) => r.id),
    );
  const found = winner ? results.find((r) => r.id === winner.runbook) : undefined;
  if (found && winner) {
    // Confirmed by shared words rather than similar tickets: say how many taught tickets share them.
    const taught = { ...found, learned: Math.max(winner.count, winner.sharing) };
    return { confident: taught, confidence: 'strong', results: [taught, ...results.filter((r) => r !== found)] };
  }
  const shown = outcome.confident && results.find((r) => r.id === outcome.confident!.id);
  const refused = shown && (evidence.get(shown.id)?.against ?? 0) > (evidence.get(shown.id)?.support ?? 0);
  if (shown && !refused) return { confident: shown, confidence: 'strong', results };
  // Withdrawn by "Not helpful", or never confident: what is left is at best worth offering first.
  const confidence = refused ? 'possible' : outcome.confidence;
  return { confident: null, confidence, results };
}
