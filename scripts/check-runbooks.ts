// `npm run runbooks:check`: the knowledge owners' linter. Exit 1 on any error.
import './closed-pipe';
import { loadLibrary } from './runbook-files';

const { reports } = loadLibrary();
let errors = 0;
let warnings = 0;
for (const report of reports) {
  for (const e of report.errors) console.log(`✖ ${report.file}: ${e.path}: ${e.message}`);
  for (const w of report.warnings) console.log(`⚠ ${report.file}: ${w.path}: ${w.message}`);
  errors += report.errors.length;
  warnings += report.warnings.length;
}

const rows = reports.flatMap((r) =>
  r.runbook
    ? [
        {
          runbook: r.runbook.id,
          queries: r.runbook.relatedQueries.length,
          steps: r.runbook.steps.length,
          commands: r.runbook.commands.length,
          'tree nodes': Object.keys(r.runbook.tree.nodes).length,
          status: r.errors.length ? `${r.errors.length} error(s)` : r.warnings.length ? 'warning' : 'ok',
        },
      ]
    : [],
);
console.table(rows);
const total = (key: 'queries' | 'commands' | 'tree nodes'): number => rows.reduce((n, row) => n + row[key], 0);
console.log(
  `${rows.length} runbooks, ${total('queries')} queries, ${total('commands')} commands, ${total('tree nodes')} tree nodes: ` +
    `${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);
