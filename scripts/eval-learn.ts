// `npm run eval -- --learn`: the cases replayed in file order as an agent who corrects the panel
// (shared/contract.md), through the matcher's own learned channel. Each case is scored before the
// agent acts on it.
import type { Matcher } from '../lib/matching/match';
import { scoreAnswers, type EvalCase } from './eval-cases';
import { replayAnswers } from './learning-replay';

export function replayLearning(cases: readonly EvalCase[], matcher: Matcher) {
  const answers = replayAnswers(cases, (kase, examples) => {
    const outcome = matcher.match(kase.text, { examples });
    return { confident: outcome.confident?.id ?? null, ranked: outcome.results.map((r) => r.id) };
  });
  return scoreAnswers(cases, answers);
}
