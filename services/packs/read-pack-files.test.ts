import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filesFromZip } from './read-pack-files';

describe('filesFromZip', () => {
  it('reads the runbook files of a ZIP by their path inside it, nothing else', () => {
    const zip = zipSync({
      'desk/pack.yaml': strToU8('name: Acme desk\n'),
      'desk/printer.yaml': strToU8('id: pack-printer\ntitle: Ünïcode ok\n'),
      'desk/notes.txt': strToU8('not a runbook'),
      '__MACOSX/desk/._printer.yaml': strToU8('\u0000'),
    });
    const read = filesFromZip(zip, 'desk.zip');
    expect(read.ok && read.files.map((f) => f.path).sort()).toEqual(['desk/pack.yaml', 'desk/printer.yaml']);
    expect(read.ok && read.files.find((f) => f.path === 'desk/printer.yaml')?.text).toContain('Ünïcode ok');
  });

  it('refuses a ZIP that unpacks to more than 2 MB without unpacking it (a ZIP bomb is tiny)', () => {
    const zip = zipSync({ 'bomb.yaml': new Uint8Array(50_000_000) }, { level: 9 });
    expect(zip.length).toBeLessThan(200_000);
    expect(filesFromZip(zip, 'bomb.zip')).toEqual({
      ok: false,
      errors: [{ file: 'bomb.zip', path: '(zip)', message: 'unpacks to more than 2 MB' }],
    });
  });

  it('says so when the file is not a ZIP', () => {
    const read = filesFromZip(strToU8('PK? no, just text'), 'fake.zip');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors[0]).toMatchObject({ file: 'fake.zip', path: '(zip)' });
    expect(!read.ok && read.errors[0]?.message).toMatch(/^not a readable ZIP: /);
  });
});
