import { describe, expect, it } from 'vitest';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { checkLibrary, type SourceFile } from './library-checks';

const TODAY = '2026-11-28';
const other = sampleRunbook({
  id: 'other-runbook',
  relatedQueries: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8', 'o9', 'o10'],
  related: [],
});
other.tree.nodes.q3!.options[1] = { label: 'No', outcome: { type: 'runbook', runbook: 'sample-runbook' } };
const file = (data: unknown, name = 'sample-runbook'): SourceFile => ({ file: `runbooks/${name}.yaml`, data });
const errorsOf = (files: SourceFile[], options = {}) =>
  checkLibrary(files, { today: TODAY, quality: true, fileNamedById: true, ...options }).flatMap((r) =>
    r.errors.map((e) => `${r.file}: ${e.path}: ${e.message}`),
  );

describe('checkLibrary', () => {
  it('accepts a valid library', () => {
    expect(errorsOf([file(sampleRunbook()), file(other, 'other-runbook')])).toEqual([]);
  });

  it('reports schema errors with their field path', () => {
    const bad = sampleRunbook({
      steps: [{ id: 'x', title: 'x', kind: 'note' as never, adminRequired: false, text: 't' }],
    });
    expect(errorsOf([file(bad)]).join('\n')).toMatch(/sample-runbook\.yaml: steps\[0\]\.kind: /);
  });

  it('reports a tree link to `constructor` (on every prototype) as a missing node instead of crashing', () => {
    const bad = sampleRunbook();
    bad.tree.nodes.q2!.options[0] = { label: 'Yes', next: 'constructor' };
    const start = sampleRunbook({ tree: { ...sampleRunbook().tree, start: 'constructor' } });
    expect(errorsOf([file(bad), file(other, 'other-runbook')])).toContain(
      'runbooks/sample-runbook.yaml: tree.nodes.q2.options[0].next: leads to "constructor", which is not a node',
    );
    expect(errorsOf([file(start), file(other, 'other-runbook')])).toContain(
      'runbooks/sample-runbook.yaml: tree.start: start node "constructor" does not exist',
    );
  });

  it('rejects non-https resources', () => {
    const bad = sampleRunbook({ resources: [{ title: 'x', url: 'javascript:alert(1)' }] });
    expect(errorsOf([file(bad)]).join('\n')).toMatch(/resources\[0\]\.url: must be an https:\/\/ URL/);
  });

  it('requires the file name to match the id', () => {
    expect(errorsOf([file(sampleRunbook(), 'renamed'), file(other, 'other-runbook')])).toContain(
      'runbooks/renamed.yaml: id: "sample-runbook" does not match the file name "renamed"',
    );
  });

  it('reports ids missing from or unknown to the catalog', () => {
    const errors = errorsOf([file(sampleRunbook()), file(other, 'other-runbook')], {
      catalogIds: ['sample-runbook', 'missing-one'],
    });
    expect(errors).toContain('runbooks/other-runbook.yaml: id: "other-runbook" is not in the catalog');
    expect(errors).toContain('(catalog): missing-one: catalog runbook has no valid file');
  });

  it('reports links to runbooks and steps that do not exist', () => {
    const bad = sampleRunbook({ related: ['nowhere'] });
    bad.tree.nodes.q2!.options[1] = { label: 'No', outcome: { type: 'resolved', step: 'no-such-step' } };
    const errors = errorsOf([file(bad), file(other, 'other-runbook')]);
    expect(errors).toContain('runbooks/sample-runbook.yaml: related[0]: runbook "nowhere" does not exist');
    expect(errors).toContain(
      'runbooks/sample-runbook.yaml: tree.nodes.q2.options[1].outcome.step: names step "no-such-step", which does not exist',
    );
  });

  it('reports unreachable nodes, cycles and dangling branches', () => {
    const bad = sampleRunbook();
    bad.tree.nodes.orphan = {
      question: '?',
      options: [
        { label: 'a', next: 'q1' },
        { label: 'b', next: 'ghost' },
      ],
    };
    bad.tree.nodes.q3!.options[0] = { label: 'Again', next: 'q1' };
    const errors = errorsOf([file(bad), file(other, 'other-runbook')]).join('\n');
    expect(errors).toMatch(/tree\.nodes\.orphan: is unreachable/);
    expect(errors).toMatch(/cycle: q1 → q2 → q3 → q1/);
    expect(errors).toMatch(/orphan\.options\[1\]\.next: leads to "ghost"/);
  });

  it('reports a related query listed by two runbooks, ignoring case and punctuation', () => {
    const twin = sampleRunbook({ id: 'other-runbook', related: [] });
    twin.relatedQueries = ['Q1!', ...other.relatedQueries];
    expect(errorsOf([file(sampleRunbook()), file(twin, 'other-runbook')])).toContain(
      'runbooks/other-runbook.yaml: relatedQueries[0]: "Q1!" is also a related query of sample-runbook',
    );
  });

  it('fails a review date in the future and warns past 12 months', () => {
    const future = checkLibrary([file(sampleRunbook({ lastReviewed: '2026-12-01' }))], { today: TODAY });
    expect(future[0]!.errors.map((e) => e.message)).toContain('2026-12-01 is in the future');
    const old = checkLibrary([file(sampleRunbook({ lastReviewed: '2025-11-01' }))], { today: TODAY });
    expect(old[0]!.warnings.map((e) => e.path)).toEqual(['lastReviewed']);
  });

  it('holds the bundled library to the content bar', () => {
    const thin = sampleRunbook({ relatedQueries: ['only one'], escalation: [{ condition: 'c', group: 'g' }] });
    thin.commands = [thin.commands![1]!];
    const errors = errorsOf([file(thin), file(other, 'other-runbook')]).join('\n');
    expect(errors).toMatch(/relatedQueries: has 1 related queries; the library asks for at least 10/);
    expect(errors).toMatch(/escalation: has 1 escalation criteria/);
    expect(errors).toMatch(/commands\[0\]\.effect: the first command must be a diagnostic/);
  });

  it('holds escalation groups to the resolver-group list, in the criteria and in the tree', () => {
    const invented = sampleRunbook({
      escalation: [
        { condition: 'c1', group: 'Identity & Access Mgmt' },
        { condition: 'c2', group: 'Security Operations' },
      ],
    });
    invented.tree.nodes.q3!.options[1] = {
      label: 'No',
      outcome: { type: 'escalate', group: 'The Network Guys', reason: 'r' },
    };
    expect(errorsOf([file(invented), file(other, 'other-runbook')])).toEqual([
      'runbooks/sample-runbook.yaml: escalation[0].group: "Identity & Access Mgmt" is not one of the resolver groups in lib/runbooks/resolver-groups.ts',
      'runbooks/sample-runbook.yaml: tree.nodes.q3.options[1].outcome.group: "The Network Guys" is not one of the resolver groups in lib/runbooks/resolver-groups.ts',
    ]);
    // Packs are the admins' own: not held to our list.
    expect(errorsOf([file(invented), file(other, 'other-runbook')], { quality: false })).toEqual([]);
  });

  it('requires a warning step before a command that changes state', () => {
    const risky = sampleRunbook();
    risky.steps = risky.steps.filter((s) => s.kind !== 'warning');
    risky.steps.push({ id: 'extra', title: 'Extra', kind: 'info', adminRequired: false, text: 't' });
    expect(errorsOf([file(risky), file(other, 'other-runbook')]).join('\n')).toMatch(
      /commands\[1\]: changes state but no warning step comes before its step/,
    );
  });
});
