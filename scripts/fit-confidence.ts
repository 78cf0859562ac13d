// `npm run fit -- --cases A.jsonl B.jsonl [--cases C.jsonl …] [--folds 5] [--seed 18] [--max-false 0.04] [--dry-run]`
// Fits the matcher's confidence model (lib/matching/match-confidence.ts) on labelled tickets and
// writes lib/matching/confidence-weights.json. Each case's candidate pool is scored by the matcher;
// the ranker learns to put a right runbook first in each pool (a listwise logit, scripts/listwise.ts),
// and each case's first candidate under it is a row of the decision model (a logistic regression,
// scripts/logistic.ts).
// Each --cases starts a budget group: the strong cut-off is the lowest at which, under k-fold
// cross-validation (folds by case), no group has more than --max-false of its tickets shown a wrong
// runbook. The cross-validated figures it prints are the honest ones; the in-sample figures are
// what the shipped weights do on these sets.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { ConfidenceModel, Logistic } from '../lib/matching/match-confidence';
import { FEATURE_NAMES } from '../lib/matching/match-features';
import { crossValidate, fit, loadFitCases, metricsOf, scoreCase, type Scored } from './confidence-fit';
import type { EvalMetrics } from './eval-cases';
import { loadRunbooks } from './library';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const groups: string[][] = [];
args.forEach((arg, at) => {
  if (arg !== '--cases') return;
  const group: string[] = [];
  for (let i = at + 1; i < args.length && !args[i]!.startsWith('--'); i += 1) group.push(args[i]!);
  if (group.length > 0) groups.push(group);
});
if (groups.length === 0) {
  console.error(
    'usage: npm run fit -- --cases FILE.jsonl [FILE.jsonl …] [--folds 5] [--seed 18] [--max-false 0.04] [--dry-run]',
  );
  process.exit(2);
}
const folds = option('--folds', 5);
// Which tickets share a fold. Another seed is another honest split: how much the figures move
// between seeds is how much a difference between two models has to exceed to mean anything.
const seed = option('--seed', 18);
const maxFalse = option('--max-false', 0.04);
const dryRun = args.includes('--dry-run');
const OUT = join(import.meta.dirname, '..', 'lib', 'matching', 'confidence-weights.json');

const cases = loadFitCases(loadRunbooks(), groups);
const crossValidated = crossValidate(cases, folds, seed);

const sets = [...new Set(cases.map((c) => c.set))];
const groupNames = [...new Set(cases.map((c) => c.group))];

function metricsAt(scored: readonly Scored[], strong: number): Map<string, EvalMetrics> {
  return new Map([
    ...sets.map((set) => [set, metricsOf(cases, scored, strong, (c) => c.set === set)] as const),
    ...groupNames
      .filter((g) => !sets.includes(g))
      .map((g) => [g, metricsOf(cases, scored, strong, (c) => c.group === g)] as const),
  ]);
}

// The lowest cut-off at which every group stays within the false-confident budget under CV.
let strong = 0.99;
for (let t = 0.99; t >= 0.05; t = Math.round((t - 0.01) * 100) / 100) {
  const worst = Math.max(
    ...groupNames.map((g) => metricsOf(cases, crossValidated, t, (c) => c.group === g).falseConfident),
  );
  if (worst > maxFalse) break;
  strong = t;
}
// "Possible": the lowest cut-off below strong at which the first result is still right at least
// half the time (under CV) among tickets between the two cut-offs.
let possible = strong;
for (let t = strong - 0.01; t >= 0.05; t -= 0.01) {
  const band = crossValidated.map((s, i) => [s, cases[i]!] as const).filter(([s]) => s.p >= t && s.p < strong);
  const right = band.filter(([s, c]) => c.kase.expect.includes(s.ranked[0]!)).length;
  if (band.length > 0 && right / band.length < 0.5) break;
  possible = Math.round(t * 100) / 100;
}

const final = fit(cases);
const rounded = (l: Logistic): Logistic => ({
  weights: l.weights.map((w) => Math.round(w * 1e4) / 1e4),
  bias: Math.round(l.bias * 1e4) / 1e4,
});
const model: ConfidenceModel = {
  features: [...FEATURE_NAMES],
  ranker: rounded(final.ranker),
  decision: rounded(final.decision),
  strong,
  possible,
};

const table = (title: string, scored: readonly Scored[]): void => {
  console.log(`\n${title}\n`);
  console.log('| set | cases | inScope | top1 | first ranked | top3 | abstain | falseConfident |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [set, m] of metricsAt(scored, strong)) {
    // First ranked: the share of in-scope tickets whose first result is right, shown or not.
    const inScope = cases
      .map((c, i) => [c, scored[i]!] as const)
      .filter(([c]) => (c.set === set || c.group === set) && c.kase.expect.length);
    const first = inScope.filter(([c, s]) => c.kase.expect.includes(s.ranked[0]!)).length / Math.max(1, inScope.length);
    console.log(
      `| ${set} | ${m.cases} | ${m.inScope} | ${m.top1.toFixed(3)} | ${first.toFixed(3)} | ${m.top3.toFixed(3)} | ${m.abstain.toFixed(3)} | ${m.falseConfident.toFixed(3)} |`,
    );
  }
};
console.log(`${cases.length} cases, ${cases.reduce((n, c) => n + c.rows.length, 0)} candidate rows, ${folds} folds`);
console.log(
  `strong ≥ ${strong}, possible ≥ ${possible} (falseConfident budget ${maxFalse} per group under CV: ${groupNames.join('; ')})`,
);
table(`Cross-validated (${folds}-fold, the honest figures)`, crossValidated);
table(
  'In-sample (the shipped weights on the same sets)',
  cases.map((c) => scoreCase(c, final)),
);
console.log('\n| input | ranker | decision |\n| --- | ---: | ---: |');
[...FEATURE_NAMES, 'rankerLogit', 'rankerLead', 'rankerShare', 'bias'].forEach((name, i) => {
  const ranker = name === 'bias' ? model.ranker.bias : model.ranker.weights[i];
  const decision = name === 'bias' ? model.decision.bias : model.decision.weights[i];
  console.log(`| ${name} | ${ranker === undefined ? '' : ranker.toFixed(3)} | ${decision!.toFixed(3)} |`);
});
if (!dryRun) {
  // Written as prettier would, so a refit with unchanged data leaves the file unchanged.
  writeFileSync(OUT, await format(JSON.stringify(model), { ...(await resolveConfig(OUT)), filepath: OUT }));
  console.log(`\nwrote ${OUT}`);
}
