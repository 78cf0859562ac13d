// The correcting agent of `npm run eval -- --learn` (shared/contract.md), for any learned model: the
// cases in file order, each scored before the agent acts on it. Whenever the panel is wrong or
// abstains on an in-scope case the agent picks the first expected runbook; when it is confident on an
// out-of-scope case the agent presses "Not helpful". Nothing else is seen: no later case, no label
// of a case the panel got right.
import { applyLearning, learnedCandidates } from '../lib/learning/apply-learning';
import type { LearnedModel } from '../lib/learning/learned-decision';
import type { LearnedExample } from '../lib/learning/learned-example';
import { addExample } from '../lib/learning/example-store';
import { matchTerms } from '../lib/learning/match-terms';
import { termWeights } from '../lib/learning/term-weight';
import { ticketEvidence } from '../lib/learning/ticket-evidence';
import { createMatcher, type MatchOutcome } from '../lib/matching/match';
import { loadMatchModel } from '../lib/matching/match-model';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import { DEFAULT_LEARNING } from '../lib/settings/settings';
import type { Answer, EvalCase } from './eval-cases';

const ORIGIN = 'https://eval.service-now.com';
/**
 * Rows for the static first two and for runbooks with similar taught tickets: those are what learning
 * can make the answer. The many deeper candidates sharing one common word are nearly all wrong and
 * would teach the fit mostly that shared words mean little.
 */
const DECIDING = 2;

/** One learned candidate of one replayed case: the fitter's row. */
export interface LearnedRow {
  staticScore: number;
  features: number[];
  y: 0 | 1;
}

/** What the agent does after seeing `answer` for `kase`: the example it teaches, if any. */
export function correction(kase: EvalCase, answer: Answer): { runbook: string; negative: boolean } | null {
  const right = kase.expect[0];
  if (right !== undefined && (answer.confident === null || !kase.expect.includes(answer.confident)))
    return { runbook: right, negative: false };
  if (right === undefined && answer.confident !== null) return { runbook: answer.confident, negative: true };
  return null;
}

/**
 * Replays `cases` through `answer`, which sees the examples taught so far; returns the answers.
 * The store's own retention applies, as in the panel.
 */
export function replayAnswers(
  cases: readonly EvalCase[],
  answer: (kase: EvalCase, examples: readonly LearnedExample[]) => Answer,
): Answer[] {
  let examples: LearnedExample[] = [];
  const retention = { days: DEFAULT_LEARNING.retentionDays, max: DEFAULT_LEARNING.maxExamples };
  return cases.map((kase, i) => {
    const given = answer(kase, examples);
    const taught = correction(kase, given);
    if (taught) {
      const example = { origin: ORIGIN, ticket: `CASE${i + 1}`, terms: matchTerms(kase.text), at: i, ...taught };
      examples = addExample(examples, example, retention, i);
    }
    return given;
  });
}

const answerOf = (outcome: MatchOutcome): Answer => ({
  confident: outcome.confident?.id ?? null,
  ranked: outcome.results.map((r) => r.id),
});

/**
 * A replay under a learned model that is not (yet) the shipped one, through the same pieces the
 * matcher joins (learnedEvidence, applyLearning); `onRow` receives every learned candidate's inputs.
 */
export function createModelReplay(runbooks: readonly Runbook[]) {
  const matcher = createMatcher(runbooks);
  const weights = termWeights(loadMatchModel(runbooks));
  const titles = new Map(runbooks.map((r) => [r.id, r.title]));
  const titleOf = (id: string): string | undefined => titles.get(id);
  const statics = new Map<string, MatchOutcome>();
  const staticOf = (text: string): MatchOutcome => {
    let outcome = statics.get(text);
    if (!outcome) statics.set(text, (outcome = matcher.match(text)));
    return outcome;
  };
  return {
    staticAnswers: (cases: readonly EvalCase[]): Answer[] => cases.map((k) => answerOf(staticOf(k.text))),
    replay(cases: readonly EvalCase[], model: LearnedModel, onRow?: (row: LearnedRow) => void): Answer[] {
      return replayAnswers(cases, ({ text, expect }, examples) => {
        const outcome = staticOf(text);
        if (examples.length === 0) return answerOf(outcome);
        const evidence = ticketEvidence(text, outcome, examples, weights);
        if (onRow)
          for (const [rank, c] of learnedCandidates(outcome, evidence, titleOf).entries())
            if (c.features && (rank < DECIDING || (c.evidence?.count ?? 0) > 0))
              onRow({
                staticScore: c.result.score,
                features: c.features,
                y: expect.includes(c.result.id) ? 1 : 0,
              });
        return answerOf(applyLearning(outcome, evidence, titleOf, model));
      });
    },
  };
}
