import { CONFIDENCE_MODEL, confidenceOf } from '../matching/match-confidence';
import type { MatchOutcome, MatchResult } from '../matching/match';
import { learnedFeatures, learnedProbability, LEARNED_MODEL, type LearnedModel } from './learned-decision';
import type { LearnedEvidence } from './learned-evidence';

/** How far one fully similar "Not helpful" pulls a runbook's score towards 0, whatever the fit says. */
const DROP = 0.6;

/**
 * A problem the library does not describe has no static probability for learning to lift: it
 * becomes the confident match when agents used one runbook for this many similar tickets (one pick
 * may be a slip)…
 */
const TAUGHT_EXAMPLES = 3;
/** …the closest of them at least this similar… */
const TAUGHT_SIMILARITY = 0.6;
/** …and their support beats every other runbook's by this factor (two runbooks taught alike is a tie). */
const TAUGHT_LEAD = 1.5;
const TOP = 5;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A candidate as the learned channel sees it: the static result and, if any example shares a word, its inputs. */
export interface LearnedCandidate {
  result: MatchResult;
  evidence?: LearnedEvidence;
  features?: number[];
}

/**
 * The static results plus every runbook whose taught tickets share a word with this one, each with
 * the learned model's inputs. Shared by the matcher and the fitter, so both see the same rows.
 */
export function learnedCandidates(
  outcome: MatchOutcome,
  evidence: ReadonlyMap<string, LearnedEvidence>,
  titleOf: (id: string) => string | undefined,
): LearnedCandidate[] {
  const byId = new Map<string, MatchResult>(outcome.results.map((r) => [r.id, r]));
  for (const e of evidence.values()) {
    const title = titleOf(e.runbook);
    if (!byId.has(e.runbook) && title !== undefined && e.coverage > 0)
      byId.set(e.runbook, { id: e.runbook, title, score: 0, terms: [] });
  }
  const taught = [...evidence.values()].map((e) => e.coverage).sort((a, b) => b - a);
  const staticFirst = outcome.results[0]?.id;
  return [...byId.values()].map((result) => {
    const e = evidence.get(result.id);
    if (!e) return { result };
    const rival = taught[0] === e.coverage ? (taught[1] ?? 0) : (taught[0] ?? 0);
    return { result, evidence: e, features: learnedFeatures(e, rival, result.id === staticFirst) };
  });
}

/** The runbook agents consistently used for tickets like this one, if any. */
function taughtBySimilar(evidence: ReadonlyMap<string, LearnedEvidence>): string | null {
  const [top, next] = [...evidence.values()]
    .filter((e) => e.count > 0 && e.support > e.against)
    .sort((a, b) => b.support - a.support);
  if (!top || top.best < TAUGHT_SIMILARITY || top.count < TAUGHT_EXAMPLES) return null;
  return !next || top.support >= TAUGHT_LEAD * next.support ? top.runbook : null;
}

/** "Not helpful" on similar tickets outweighs the picks: never the shown match, whatever else agrees. */
const refused = (e: LearnedEvidence | undefined): boolean => e !== undefined && e.against > e.support;

function rescored({ result, evidence: e, features }: LearnedCandidate, model: LearnedModel): MatchResult {
  if (!e || !features) return result;
  const p = learnedProbability(result.score, features, model);
  if (refused(e))
    return { ...result, score: round(Math.min(p, result.score * (1 - Math.min(0.95, e.against * DROP)))) };
  return { ...result, score: round(p), ...(e.count > 0 ? { learned: e.count } : {}) };
}

/**
 * The alternatives in the order offered: a runbook agents used for similar tickets first, even while
 * its probability is low (a problem the library does not describe has little), then by probability.
 */
function offered(results: readonly MatchResult[]): MatchResult[] {
  const similar = (r: MatchResult): number => Number((r.learned ?? 0) > 0);
  return [...results].sort((a, b) => similar(b) - similar(a)).slice(0, TOP);
}

/**
 * The static outcome with the learned channel applied: each candidate's probability is the static
 * one moved by what agents taught (learned-decision.ts), so taught runbooks rank higher (and join
 * the list) and become the confident match when that probability reaches the model's cut-off;
 * "Not helpful" ones fall and are withdrawn. A ticket with no meaningful terms has no evidence and
 * stays as it was: learning never makes a content-free ticket confident.
 */
export function applyLearning(
  outcome: MatchOutcome,
  evidence: ReadonlyMap<string, LearnedEvidence>,
  titleOf: (id: string) => string | undefined,
  model: LearnedModel = LEARNED_MODEL,
): MatchOutcome {
  if (evidence.size === 0) return outcome;
  const taught = taughtBySimilar(evidence);
  const scored = learnedCandidates(outcome, evidence, titleOf).map((c) => rescored(c, model));
  // Stable: equal scores keep the static order.
  const byScore = [...scored].sort((a, b) => Number(b.id === taught) - Number(a.id === taught) || b.score - a.score);
  const [first] = byScore;
  if (!first) return outcome;
  const e = evidence.get(first.id);
  // The static match stays while learning leaves it above the static cut-off; a learned one needs the learned cut-off.
  const staticSays = outcome.confident?.id === first.id && first.score >= CONFIDENCE_MODEL.strong && !refused(e);
  const learnedSays = (first.id === taught || first.score >= model.strong) && !refused(e);
  if (staticSays || learnedSays) {
    // Lifted by taught words rather than similar tickets: say how many taught tickets share them.
    const confident = learnedSays && !staticSays && e ? { ...first, learned: Math.max(e.count, e.sharing) } : first;
    return { confident, confidence: 'strong', results: [confident, ...offered(byScore.slice(1))].slice(0, TOP) };
  }
  const level = confidenceOf(first.score, CONFIDENCE_MODEL);
  return { confident: null, confidence: level === 'strong' ? 'possible' : level, results: offered(byScore) };
}
