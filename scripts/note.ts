// `npm run --silent note -- --site servicenow|jira-cloud|jira-dc [--pack FILE] --runbook ID --command ID`:
// exactly what Insert puts into that site's editor, for knowledge owners to preview. A pack is
// validated as the options page does first; a refused pack exits non-zero with every reason.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validatePackText } from '../lib/packs/pack-validate';
import { isoDay } from '../lib/runbooks/review-age';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import { commandNote, type WorkNote } from '../lib/tickets/work-note';
import { noteForJira, noteForJiraWiki, noteForServiceNow } from '../lib/tickets/work-note-markup';
import { loadRunbooks } from './library';

const USAGE =
  'usage: npm run --silent note -- --site servicenow|jira-cloud|jira-dc [--pack FILE] --runbook ID --command ID';

const RENDER: Record<string, (note: WorkNote) => string> = {
  servicenow: noteForServiceNow,
  'jira-cloud': (note) => noteForJira(note).html,
  'jira-dc': noteForJiraWiki,
};

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        site: { type: 'string' },
        pack: { type: 'string' },
        runbook: { type: 'string' },
        command: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
})();
const render = values.site ? RENDER[values.site] : undefined;
if (!render || !values.runbook || !values.command) fail(USAGE, 2);

const bundled = loadRunbooks();
let packRunbooks: Runbook[] = [];
if (values.pack) {
  let text: string;
  try {
    text = readFileSync(values.pack, 'utf8');
  } catch (error) {
    fail(`Cannot read ${values.pack}: ${(error as Error).message}`);
  }
  const result = validatePackText(text, values.pack, {
    bundledIds: bundled.map((r) => r.id),
    today: isoDay(Date.now()),
  });
  if (!result.ok) {
    fail([`Pack refused: ${values.pack}`, ...result.errors.map((e) => `  ${e.path}: ${e.message}`)].join('\n'));
  }
  packRunbooks = result.pack.runbooks;
}

// A pack runbook replaces a bundled one of the same id, as in the panel.
const runbook = [...packRunbooks, ...bundled].find((r) => r.id === values.runbook);
if (!runbook)
  fail(`No runbook with id "${values.runbook}"${values.pack ? ' in the pack or the bundled library' : ''}.`);
const command = runbook.commands.find((c) => c.id === values.command);
if (!command) {
  fail(
    `Runbook "${runbook.id}" has no command "${values.command}"; its commands: ${
      runbook.commands.map((c) => c.id).join(', ') || '(none)'
    }`,
  );
}
console.log(render(commandNote(runbook.title, command.label, command.code)));
