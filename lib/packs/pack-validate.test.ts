import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { mergeLibrary } from './pack-merge';
import { acceptPack, applyRefresh } from './pack-store';
import { Runbook, type RunbookInput } from '../runbooks/runbook-schema';
import { validatePackText, type PackResult } from './pack-validate';

const TODAY = '2026-11-28';
const OPTIONS = { bundledIds: ['other-runbook'], today: TODAY };
const bundled = [Runbook.parse(sampleRunbook({ id: 'other-runbook', related: [] }))];

const runbook = (overrides: Partial<RunbookInput> = {}): RunbookInput =>
  sampleRunbook({ id: 'pack-printer', ...overrides });
const pack = (runbooks: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  name: 'Acme desk',
  runbooks,
  ...extra,
});
const json = (value: unknown): string => JSON.stringify(value);
const errorsOf = (result: PackResult): string[] =>
  result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`);

describe('validatePackText', () => {
  it('accepts a valid JSON pack and keeps its name, version and runbooks', () => {
    const result = validatePackText(json(pack([runbook()], { version: '2026.11' })), 'acme.json', OPTIONS);
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.pack).toMatchObject({ name: 'Acme desk', version: '2026.11' });
    expect(result.ok && result.pack.runbooks.map((r) => r.id)).toEqual(['pack-printer']);
  });

  it('accepts the same pack as YAML, and a bare array named after its file', () => {
    expect(validatePackText(stringify(pack([runbook()])), 'acme.yaml', OPTIONS).ok).toBe(true);
    const bare = validatePackText(stringify([runbook()]), 'https://kb.example.com/packs/printers.yml', OPTIONS);
    expect(bare.ok && bare.pack.name).toBe('printers');
  });

  it('lets a pack runbook override a bundled id and link to bundled runbooks', () => {
    const override = runbook({ id: 'other-runbook', related: [], relatedQueries: ['override query'] });
    override.tree.nodes.q3!.options[1] = { label: 'No', outcome: { type: 'runbook', runbook: 'pack-printer' } };
    const result = validatePackText(json(pack([runbook(), override])), 'p.json', OPTIONS);
    expect(errorsOf(result)).toEqual([]);
  });

  it('rejects YAML syntax errors with the line', () => {
    const result = validatePackText('schemaVersion: 1\nname: [unclosed\nrunbooks: []\n', 'bad.yaml', OPTIONS);
    expect(errorsOf(result)).toHaveLength(1);
    expect(errorsOf(result)[0]).toMatch(/^bad\.yaml: \(yaml\): invalid YAML: .*line \d+/);
  });

  it('rejects invalid JSON', () => {
    expect(errorsOf(validatePackText('{"schemaVersion": 1,', 'bad.json', OPTIONS))[0]).toMatch(
      /^bad\.json: \(json\): invalid JSON/,
    );
  });

  it('reports schema errors with the field path from the pack root', () => {
    const bad = runbook({ steps: [{ id: 'x', title: 'x', kind: 'note' as never, adminRequired: false, text: 't' }] });
    expect(errorsOf(validatePackText(json(pack([runbook({ id: 'fine-one' }), bad])), 'p.json', OPTIONS))).toContain(
      'p.json: runbooks[1].steps[0].kind: Invalid option: expected one of "info"|"command"|"warning"',
    );
  });

  it('rejects a broken decision tree', () => {
    const bad = runbook();
    bad.tree.nodes.q2!.options[0] = { label: 'Yes', next: 'nowhere' };
    expect(errorsOf(validatePackText(json(pack([bad])), 'p.json', OPTIONS))).toEqual(
      expect.arrayContaining([
        'p.json: runbooks[0].tree.nodes.q2.options[0].next: leads to "nowhere", which is not a node',
        'p.json: runbooks[0].tree.nodes.q3: is unreachable from the start node',
      ]),
    );
  });

  it('rejects links to runbooks that are neither bundled nor in the pack', () => {
    const bad = runbook({ related: ['no-such-runbook'] });
    expect(errorsOf(validatePackText(json(pack([bad])), 'p.json', OPTIONS))).toEqual([
      'p.json: runbooks[0].related[0]: runbook "no-such-runbook" does not exist',
    ]);
  });

  it('rejects an id used twice inside the pack', () => {
    const twin = runbook({ relatedQueries: ['other words'] });
    expect(errorsOf(validatePackText(json(pack([runbook(), twin])), 'p.json', OPTIONS))).toContain(
      'p.json: runbooks[1].id: "pack-printer" is also the id of 0',
    );
  });

  it('rejects non-https, javascript: and data: links', () => {
    for (const url of [
      'http://kb.example.com/a',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'JAVASCRIPT:alert(1)',
    ]) {
      const bad = runbook({ resources: [{ title: 'KB', url }] });
      expect(errorsOf(validatePackText(json(pack([bad])), 'p.json', OPTIONS))).toEqual([
        'p.json: runbooks[0].resources[0].url: must be an https:// URL',
      ]);
    }
  });

  it('rejects commands with bidi controls, zero-width or control characters, saying where', () => {
    const withCode = (code: string) => {
      const r = runbook();
      r.commands![0] = { ...r.commands![0]!, code };
      return r;
    };
    for (const [code, said] of [
      ['Get-Item a.txt\u202E\u2066exe.ps1', 'contains a bidirectional control (U+202E) at line 1, column 15'],
      ['Get-Date\nRemove\u200BItem C:\\x', 'contains a zero-width character (U+200B) at line 2, column 7'],
      ['echo ok\u0008\u0008rm -rf ~', 'contains a control character (U+0008) at line 1, column 8'],
    ] as const) {
      expect(errorsOf(validatePackText(json(pack([withCode(code)])), 'acme.json', OPTIONS))).toEqual([
        `acme.json: runbooks[0].commands[0].code: ${said}: a command must show everything it runs`,
      ]);
    }
    expect(errorsOf(validatePackText(json(pack([withCode('Get-Date\t# tab ok\r\nexit')])), 'a.json', OPTIONS))).toEqual(
      [],
    );
  });

  it('rejects a 5 MB string before parsing it, and a long string in a small pack', () => {
    const huge = json(pack([runbook({ overview: 'x'.repeat(5_000_000) })]));
    expect(errorsOf(validatePackText(huge, 'huge.json', OPTIONS))).toEqual([
      `huge.json: (file): is ${huge.length} characters long; packs are limited to 2 MB`,
    ]);
    const longId = json(pack([runbook({ id: 'a'.repeat(20_000) })]));
    expect(errorsOf(validatePackText(longId, 'p.json', OPTIONS))).toEqual([
      'p.json: runbooks[0].id: is a string of 20000 characters; at most 10000 are allowed',
    ]);
  });

  it('rejects deep nesting and YAML alias bombs', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(errorsOf(validatePackText(deep, 'deep.json', OPTIONS))[0]).toMatch(/nested deeper than/);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghijk'.split('').map((k, i) => `${k}: &${k} [${`*${'abcdefghijk'[i]}, `.repeat(9)}]`),
    ].join('\n');
    expect(validatePackText(bomb, 'bomb.yaml', OPTIONS).ok).toBe(false);
  });

  it('rejects a wrong or newer schemaVersion, and unknown envelope fields', () => {
    expect(errorsOf(validatePackText(json(pack([runbook()], { schemaVersion: 2 })), 'p.json', OPTIONS))).toEqual([
      'p.json: schemaVersion: is 2: this pack needs a newer Runbook Lens (this one reads version 1)',
    ]);
    expect(errorsOf(validatePackText(json(pack([runbook()], { schemaVersion: '1' })), 'p.json', OPTIONS))).toEqual([
      'p.json: schemaVersion: must be 1',
    ]);
    expect(errorsOf(validatePackText(json(pack([runbook()], { script: 'x' })), 'p.json', OPTIONS))[0]).toMatch(
      /^p\.json: \(root\): Unrecognized key: "script"/,
    );
  });

  it('rejects the whole pack when one runbook is bad: nothing of it is returned', () => {
    const result = validatePackText(
      json(pack([runbook({ id: 'good-one' }), runbook({ related: ['gone'] })])),
      'p.json',
      OPTIONS,
    );
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('pack');
  });
});

describe('nothing is lost on rejection', () => {
  const accepted = validatePackText(json(pack([runbook()])), 'acme.json', OPTIONS);
  if (!accepted.ok) throw new Error('fixture pack is invalid');
  const stored = acceptPack(
    [],
    accepted.pack,
    { kind: 'url', url: 'https://kb.example.com/acme.json', managed: true },
    'p1',
    1,
  );

  it('a refresh that brings an invalid version keeps the version in use and records why', () => {
    const bad = json(pack([runbook({ resources: [{ title: 'x', url: 'javascript:alert(1)' }] })]));
    const after = applyRefresh(stored[0]!, { kind: 'fetched', text: bad }, { ...OPTIONS, now: 2 });
    expect(after.runbooks).toEqual(stored[0]!.runbooks);
    expect(after.source.kind === 'url' && after.source.error).toMatch(
      /^new version refused: runbooks\[0\]\.resources\[0\]\.url/,
    );
    const library = (packs: typeof stored) => mergeLibrary(bundled, packs).runbooks;
    expect(library([after])).toEqual(library(stored));
  });

  it('a failed request keeps the version in use', () => {
    const after = applyRefresh(stored[0]!, { kind: 'failed', message: 'HTTP 500' }, { ...OPTIONS, now: 2 });
    expect(after.runbooks).toEqual(stored[0]!.runbooks);
  });
});
