// `npm run --silent eval -- --cases FILE.jsonl [--learn]`: prints the misses, then one line of JSON with the
// contract's metrics (shared/contract.md).
import { createMatcher, type MatchOutcome } from '../lib/matching/match';
import { readCases, runEval } from './eval-cases';
import { replayLearning } from './eval-learn';
import { loadRunbooks } from './library';

const args = process.argv.slice(2);
const at = args.indexOf('--cases');
const file = at >= 0 ? args[at + 1] : undefined;
if (!file) {
  console.error('usage: npm run --silent eval -- --cases FILE.jsonl');
  process.exit(2);
}

const cases = readCases(file);
const matcher = createMatcher(loadRunbooks());
const outcomes = new Map<string, MatchOutcome>();
const { metrics, misses } = runEval(cases, (text) => {
  const outcome = matcher.match(text);
  outcomes.set(text, outcome);
  return { confident: outcome.confident?.id ?? null, ranked: outcome.results.map((r) => r.id) };
});

for (const { kase, kind } of misses) {
  const outcome = outcomes.get(kase.text)!;
  const top = outcome.results
    .slice(0, 3)
    .map((r) => `${r.id} ${r.score.toFixed(2)}`)
    .join(', ');
  const got = outcome.confident ? `${outcome.confident.id}` : 'abstained';
  console.log(
    `${kind.padEnd(15)} ${JSON.stringify(kase.text)}\n${' '.repeat(16)}expect [${kase.expect.join(', ')}] got ${got}; top3: ${top || '-'}`,
  );
}
if (args.includes('--learn')) {
  const { quality } = replayLearning(cases, matcher);
  const { top1, top3, abstain, falseConfident } = quality;
  console.log(JSON.stringify({ ...metrics, learn: { top1, top3, abstain, falseConfident } }));
} else console.log(JSON.stringify(metrics));
