import { describe, expect, it } from 'vitest';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { diffPack } from './pack-diff';
import { mergeLibrary, sourceLabel } from './pack-merge';
import { Runbook } from '../runbooks/runbook-schema';

const rb = (id: string, title = id) => Runbook.parse(sampleRunbook({ id, title, related: [] }));
const bundled = [rb('vpn'), rb('printer'), rb('outlook')];
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('diffPack', () => {
  it('a new pack: added ids and replaced bundled ids', () => {
    const diff = diffPack(null, [rb('printer', 'Printer (Acme)'), rb('badge')], ['vpn', 'printer', 'outlook']);
    expect(ids(diff.added)).toEqual(['badge']);
    expect(diff.replaced).toEqual([{ id: 'printer', title: 'Printer (Acme)' }]);
    expect(diff.removed).toEqual([]);
  });

  it('a new version: updated, unchanged and removed against the version in use', () => {
    const current = [rb('badge'), rb('kiosk'), rb('door')];
    const next = [rb('badge'), rb('kiosk', 'Kiosk v2'), rb('lift')];
    const diff = diffPack(current, next, []);
    expect(ids(diff.unchanged)).toEqual(['badge']);
    expect(ids(diff.updated)).toEqual(['kiosk']);
    expect(ids(diff.added)).toEqual(['lift']);
    expect(ids(diff.removed)).toEqual(['door']);
  });
});

describe('mergeLibrary', () => {
  it('with no packs, the bundled library as it is', () => {
    const merged = mergeLibrary(bundled, []);
    expect(merged.runbooks).toEqual(bundled);
    expect(sourceLabel(merged.sources.get('vpn'))).toBe('Bundled');
  });

  it('pack runbooks replace bundled ones in place and add new ones at the end; later packs win', () => {
    const merged = mergeLibrary(bundled, [
      { id: 'a', name: 'Acme', runbooks: [rb('printer', 'Acme printer'), rb('badge')] },
      { id: 'b', name: 'Facilities', runbooks: [rb('badge', 'Badge v2')] },
    ]);
    expect(merged.runbooks.map((r) => r.title)).toEqual(['vpn', 'Acme printer', 'outlook', 'Badge v2']);
    expect(sourceLabel(merged.sources.get('printer'))).toBe('Pack: Acme');
    expect(sourceLabel(merged.sources.get('badge'))).toBe('Pack: Facilities');
  });
});
