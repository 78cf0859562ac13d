// Runs Mozilla's addons-linter (the AMO submission checks) on the Firefox build and fails on errors only:
// react-dom always brings 2 UNSAFE_VAR_ASSIGNMENT warnings (docs/build-facts.md#firefox-lint), so --warnings-as-errors
// cannot be used. Usage: npm run lint:firefox (builds first).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface Finding {
  code: string;
  message: string;
  file?: string;
}
interface Report {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
}

const ROOT = join(import.meta.dirname, '..');
const dir = process.argv[2] ?? join(ROOT, '.output', 'firefox-mv2');
const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'addons-linter'), [dir, '--output', 'json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: Report;
try {
  report = JSON.parse(run.stdout) as Report;
} catch {
  console.error(run.stdout, run.stderr);
  throw new Error(`addons-linter gave no JSON report (exit ${run.status})`);
}
const line = (f: Finding): string => `  ${f.code}: ${f.message}${f.file ? ` (${f.file})` : ''}`;
for (const w of report.warnings) console.log(`warning${line(w)}`);
for (const e of report.errors) console.error(`error${line(e)}`);
const { errors, warnings, notices } = report.summary;
console.log(`addons-linter ${dir}: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
process.exit(errors > 0 ? 1 : 0);
