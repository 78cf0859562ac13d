// `npm run fit:learning -- --cases A.jsonl B.jsonl … [--budget 0.005] [--dry-run]`
// Fits the learned channel's model (lib/learning/learned-decision.ts) on correcting-agent replays of
// labelled sets and writes lib/learning/learned-weights.json. The honest figures are the held-out
// ones: each set replayed under a model fitted on the other sets only. The weights are fitted at
// the static cut-off; the learned cut-off is then the lowest at which no training set's replay adds
// more than `--budget` to its false-confident rate.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { LEARNED_FEATURE_NAMES, type LearnedModel } from '../lib/learning/learned-decision';
import { CONFIDENCE_MODEL } from '../lib/matching/match-confidence';
import { readCases, scoreAnswers, type Answer, type EvalCase } from './eval-cases';
import { chooseCutoff, fitLearned } from './learning-fit';
import { createModelReplay } from './learning-replay';
import { loadRunbooks } from './library';

const args = process.argv.slice(2);
const files: string[] = [];
args.forEach((arg, at) => {
  if (arg !== '--cases') return;
  for (let i = at + 1; i < args.length && !args[i]!.startsWith('--'); i += 1) files.push(args[i]!);
});
if (files.length < 2) {
  console.error('usage: npm run fit:learning -- --cases A.jsonl B.jsonl [… ] [--budget 0.005] [--dry-run]');
  process.exit(2);
}
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const budget = option('--budget', 0.005);
const OUT = join(import.meta.dirname, '..', 'lib', 'learning', 'learned-weights.json');

const sets = files.map((file) => ({ name: basename(file), cases: readCases(file) }));
const { replay, staticAnswers } = createModelReplay(loadRunbooks());

function line(name: string, cases: readonly EvalCase[], model: LearnedModel): string {
  const before = scoreAnswers(cases, staticAnswers(cases)).quality;
  const after = scoreAnswers(cases, replay(cases, model)).quality;
  const delta = (a: number, b: number): string => `${b >= a ? '+' : ''}${(b - a).toFixed(3)}`;
  return `${name.padEnd(24)} top1 ${before.top1.toFixed(3)} → ${after.top1.toFixed(3)} (${delta(before.top1, after.top1)})   falseConfident ${before.falseConfident.toFixed(3)} → ${after.falseConfident.toFixed(3)} (${delta(before.falseConfident, after.falseConfident)})`;
}

const falseConfident = (cases: readonly EvalCase[], answers: readonly Answer[]): number =>
  scoreAnswers(cases, answers).quality.falseConfident;

/** Weights fitted at the static cut-off, then the lowest learned cut-off within the budget on these sets. */
function fitOn(train: readonly (readonly EvalCase[])[]): LearnedModel {
  const { weights } = fitLearned(train, replay, CONFIDENCE_MODEL.strong);
  const strong = chooseCutoff(train, replay, weights, CONFIDENCE_MODEL.strong, budget, falseConfident);
  return { features: [...LEARNED_FEATURE_NAMES], weights, strong };
}

console.log(`held out (fitted on the other sets only; budget +${budget} falseConfident per set):`);
for (const held of sets) {
  const model = fitOn(sets.filter((s) => s !== held).map((s) => s.cases));
  console.log(`  ${line(held.name, held.cases, model)}   cut-off ${model.strong}`);
}
const model = fitOn(sets.map((s) => s.cases));
console.log(`in sample (the model written; cut-off ${model.strong}):`);
for (const set of sets) console.log(`  ${line(set.name, set.cases, model)}`);
console.log(`weights: ${model.features.map((f, i) => `${f} ${model.weights[i]}`).join(', ')}`);

if (!args.includes('--dry-run')) {
  const json = JSON.stringify(model);
  writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), filepath: OUT }));
  console.log(`wrote ${OUT}`);
}
