import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { runbookJsonSchema } from '../../lib/runbooks/runbook-json-schema';
import { createMatcher } from '../../lib/matching/match';
import { createTriageMachine } from '../../lib/runbooks/triage-machine';
import { currentOutcome } from '../../lib/runbooks/triage-state';
import { catalogIds, formatErrors, loadLibrary } from '../../scripts/runbook-files';

const { reports } = loadLibrary();
const runbooks = reports.flatMap((r) => (r.runbook ? [r.runbook] : []));

describe('the bundled runbook library', () => {
  it('passes every check of runbooks:check (one failure lists every offender)', () => {
    expect(formatErrors(reports)).toBe('');
  });

  it('holds exactly the catalog, which matches shared/catalog.json where present', () => {
    expect(runbooks.map((r) => r.id).sort()).toEqual([...catalogIds()].sort());
    const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'catalog.json');
    if (existsSync(shared)) {
      const ids = (JSON.parse(readFileSync(shared, 'utf8')) as { runbooks: { id: string }[] }).runbooks.map(
        (r) => r.id,
      );
      expect(catalogIds()).toEqual(ids);
    }
  });

  it('ships a JSON Schema that is current with the Zod schema (npm run runbooks:schema)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'runbook.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(runbookJsonSchema());
  });
});

describe.each(runbooks.map((r) => [r.id, r] as const))('decision tree of %s', (_id, runbook) => {
  const machine = createTriageMachine(runbook.tree);
  const events = Array.from(
    { length: Math.max(...Object.values(runbook.tree.nodes).map((n) => n.options.length)) },
    (_, option) => ({
      type: 'ANSWER' as const,
      option,
    }),
  );
  const paths = getSimplePaths(machine, { events });
  const outcomeStates = Object.entries(runbook.tree.nodes).flatMap(([node, n]) =>
    n.options.flatMap((o, i) => ('outcome' in o ? [`outcome:${node}:${i}`] : [])),
  );

  it('reaches every outcome from the start, driving the machine event by event', () => {
    const reached = new Set<string>();
    for (const path of paths) {
      const actor = createActor(machine).start();
      for (const step of path.steps) actor.send(step.event);
      const snapshot = actor.getSnapshot();
      if (snapshot.hasTag('outcome')) {
        expect(currentOutcome(runbook.tree, snapshot)).not.toBeNull();
        reached.add(String(snapshot.value));
      }
      actor.stop();
    }
    expect([...reached].sort()).toEqual([...outcomeStates].sort());
  });
});

// Related queries are spelled correctly: the matcher corrects typos itself, and a misspelling kept as a
// query made that misspelling a "known" word, never corrected ("Outlok keeps asking for password" used
// to abstain while "Outlook keeps asking for pasword" matched).
describe('misspelled tickets against the bundled library', () => {
  const matcher = createMatcher(runbooks);
  it.each([
    ['Outlok keeps asking for password', 'outlook-password-prompt-loop'],
    ['outlok says product deactivated', 'm365-apps-unlicensed'],
    ['outlok calendar not matching owa', 'outlook-ost-sync-cached-mode'],
    ['mailbx full pls increase', 'mailbox-full-quota'],
    ['compter really slow pls help', 'pc-slow-performance'],
    ['sharepont acess denied after moving team', 'sharepoint-access-denied'],
  ])('%s → %s', (ticket, id) => {
    // Typo correction brings the ticket to its runbook; whether that is shown outright is the
    // fitted model's call, and a corrected word is weaker evidence than a correct one.
    expect(matcher.match(ticket).results[0]?.id).toBe(id);
  });

  it.each([
    ['Outlok keeps asking for password', 'outlook-password-prompt-loop'],
    ['compter really slow pls help', 'pc-slow-performance'],
    ['sharepont acess denied after moving team', 'sharepoint-access-denied'],
  ])('is sure of %s → %s', (ticket, id) => {
    expect(matcher.match(ticket).confident?.id).toBe(id);
  });

  it('no related query carries a misspelling that the library spells correctly elsewhere', () => {
    const words = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/);
    const queries = runbooks.flatMap((r) => r.relatedQueries.flatMap(words));
    for (const typo of ['outlok', 'mailbx', 'compter', 'sharepont', 'acess']) expect(queries).not.toContain(typo);
  });
});
