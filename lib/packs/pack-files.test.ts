import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { validatePackFiles, type PackFile } from './pack-files';
import type { PackResult } from './pack-validate';

const OPTIONS = { bundledIds: ['other-runbook'], today: '2026-11-28' };
const yamlFile = (path: string, value: unknown): PackFile => ({ path, text: stringify(value) });
const printer = (overrides = {}) => sampleRunbook({ id: 'pack-printer', related: [], ...overrides });
const scanner = (overrides = {}) =>
  sampleRunbook({ id: 'pack-scanner', related: [], relatedQueries: ['scanner will not scan'], ...overrides });
const errorsOf = (result: PackResult): string[] =>
  result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`);

describe('validatePackFiles (a folder or ZIP of runbook files)', () => {
  it('makes one pack of the runbook files, named after the folder, skipping hidden and other files', () => {
    const result = validatePackFiles(
      [
        yamlFile('printers/pack-printer.yaml', printer()),
        { path: 'scanner.json', text: JSON.stringify(scanner()) },
        { path: 'README.md', text: '# not a runbook' },
        { path: '.DS_Store.yaml', text: '\u0000' },
        { path: '__MACOSX/printers/._pack-printer.yaml', text: '\u0000\u0001' },
      ],
      'Acme printers.zip',
      OPTIONS,
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok && result.pack.name).toBe('Acme printers');
    expect(result.ok && result.pack.runbooks.map((r) => r.id).sort()).toEqual(['pack-printer', 'pack-scanner']);
  });

  it('takes name, version and description from pack.yaml', () => {
    const result = validatePackFiles(
      [
        yamlFile('pack.yaml', { name: 'Acme desk', version: '2026.11', description: 'Desk runbooks' }),
        yamlFile('pack-printer.yaml', printer()),
      ],
      'folder',
      OPTIONS,
    );
    expect(result.ok && result.pack).toMatchObject({
      name: 'Acme desk',
      version: '2026.11',
      description: 'Desk runbooks',
    });
    expect(result.ok && result.pack.runbooks).toHaveLength(1);
  });

  it('refuses the whole pack when one file is bad, naming that file, the field and the reason', () => {
    const result = validatePackFiles(
      [
        yamlFile('good.yaml', printer()),
        yamlFile('bad.yaml', scanner({ estimatedMinutes: -5 })),
        { path: 'broken.yaml', text: 'id: [unclosed' },
      ],
      'desk',
      OPTIONS,
    );
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    expect(errors.some((e) => e.startsWith('bad.yaml: estimatedMinutes: '))).toBe(true);
    expect(errors.some((e) => e.startsWith('broken.yaml: (yaml): invalid YAML'))).toBe(true);
    expect(errors.some((e) => e.startsWith('good.yaml'))).toBe(false);
  });

  it('checks the files together: duplicate ids, links to runbooks that exist nowhere', () => {
    const result = validatePackFiles(
      [
        yamlFile('a.yaml', printer()),
        yamlFile('b.yaml', printer({ relatedQueries: ['other words'] })),
        yamlFile('c.yaml', scanner({ related: ['no-such-runbook'] })),
      ],
      'desk',
      OPTIONS,
    );
    const errors = errorsOf(result);
    expect(errors).toContain('b.yaml: id: "pack-printer" is also the id of a.yaml');
    expect(errors.some((e) => e.startsWith('c.yaml: related[0]: runbook "no-such-runbook" does not exist'))).toBe(true);
  });

  it('refuses an empty folder, two pack files, a bad pack.yaml and hostile sizes with a clear reason', () => {
    expect(errorsOf(validatePackFiles([{ path: 'notes.txt', text: 'x' }], 'desk', OPTIONS))).toEqual([
      'desk: (files): holds no .yaml, .yml or .json runbook files',
    ]);
    const two = validatePackFiles(
      [yamlFile('pack.yaml', { name: 'A' }), yamlFile('sub/pack.json', { name: 'B' }), yamlFile('x.yaml', printer())],
      'desk',
      OPTIONS,
    );
    expect(errorsOf(two)).toEqual(['desk: (files): has 2 pack files; keep one pack.yaml']);
    const badMeta = validatePackFiles(
      [yamlFile('pack.yaml', { name: 'A', extra: 1 }), yamlFile('x.yaml', printer())],
      'desk',
      OPTIONS,
    );
    expect(errorsOf(badMeta).some((e) => e.startsWith('pack.yaml: '))).toBe(true);
    const huge = validatePackFiles([{ path: 'x.yaml', text: `id: ${'a'.repeat(2_100_000)}` }], 'desk', OPTIONS);
    expect(errorsOf(huge)[0]).toMatch(/^desk: \(files\): hold \d+ characters; packs are limited to 2 MB$/);
    const long = validatePackFiles([yamlFile('x.yaml', printer({ overview: 'x'.repeat(20_000) }))], 'desk', OPTIONS);
    expect(errorsOf(long)[0]).toMatch(/^x\.yaml: overview: is a string of 20000 characters/);
    const script = validatePackFiles(
      [yamlFile('x.yaml', printer({ resources: [{ title: 'Run', url: 'javascript:alert(1)' }] }))],
      'desk',
      OPTIONS,
    );
    expect(errorsOf(script)).toEqual(['x.yaml: resources[0].url: must be an https:// URL']);
  });
});
