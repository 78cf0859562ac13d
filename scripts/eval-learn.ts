// `npm run eval -- --learn`: the cases replayed in file order as an agent who corrects the panel
// (shared/contract.md). Each case is scored before the agent acts on it.
import { addExample } from '../lib/learning/example-store';
import type { LearnedExample } from '../lib/learning/learned-example';
import { matchTerms } from '../lib/learning/match-terms';
import type { Matcher } from '../lib/matching/match';
import { DEFAULT_LEARNING } from '../lib/settings/settings';
import { scoreAnswers, type Answer, type EvalCase } from './eval-cases';

const ORIGIN = 'https://eval.service-now.com';

export function replayLearning(cases: readonly EvalCase[], matcher: Matcher) {
  let examples: LearnedExample[] = [];
  const retention = { days: DEFAULT_LEARNING.retentionDays, max: DEFAULT_LEARNING.maxExamples };
  const answers = cases.map((kase, i): Answer => {
    const outcome = matcher.match(kase.text, { examples });
    const answer = { confident: outcome.confident?.id ?? null, ranked: outcome.results.map((r) => r.id) };
    const right = kase.expect[0];
    const correction =
      right !== undefined && (answer.confident === null || !kase.expect.includes(answer.confident))
        ? { runbook: right, negative: false }
        : right === undefined && answer.confident !== null
          ? { runbook: answer.confident, negative: true }
          : null;
    if (correction) {
      const example = { origin: ORIGIN, ticket: `CASE${i + 1}`, terms: matchTerms(kase.text), at: i, ...correction };
      examples = addExample(examples, example, retention, i);
    }
    return answer;
  });
  return scoreAnswers(cases, answers);
}
