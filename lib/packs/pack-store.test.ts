import { describe, expect, it } from 'vitest';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import type { StoredPack } from './pack-schema';
import {
  acceptPack,
  applyPending,
  applyRefresh,
  duePacks,
  removePack,
  setPackEnabled,
  syncManagedPacks,
} from './pack-store';
import { Runbook } from '../runbooks/runbook-schema';
import { packLayers } from './pack-layers';
import { mergeLibrary } from './pack-merge';

const OPTIONS = { bundledIds: [], today: '2026-11-28' };
const rb = (id: string, title = id) =>
  Runbook.parse(sampleRunbook({ id, title, related: [], relatedQueries: [`${id} query`] }));
const fixTree = (r: Runbook) => {
  r.tree.nodes.q3!.options[1] = { label: 'No', outcome: { type: 'escalate', group: 'Desk', reason: 'r' } };
  return r;
};
const v1 = { name: 'Acme', runbooks: [fixTree(rb('badge'))] };
const v2 = { schemaVersion: 1, name: 'Acme', version: '2', runbooks: [fixTree(rb('badge', 'Badge v2'))] };
const URL_SOURCE = { kind: 'url' as const, url: 'https://kb.acme.com/acme.json', managed: false };

describe('pack list operations', () => {
  it('a file pack of the same name is updated in place, keeping its id and switch', () => {
    let packs = acceptPack([], v1, { kind: 'file', fileName: 'acme.json' }, 'file:1', 1);
    packs = setPackEnabled(packs, 'file:1', false);
    packs = acceptPack(packs, { ...v1, name: 'ACME' }, { kind: 'file', fileName: 'acme-2.yaml' }, 'file:2', 2);
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatchObject({ id: 'file:1', name: 'ACME', enabled: false, installedAt: 1, updatedAt: 2 });
    expect(removePack(packs, 'file:1')).toEqual([]);
  });

  it('a user subscription stages a changed version for preview; applying it makes it current', () => {
    const [pack] = acceptPack([], v1, URL_SOURCE, 'url:1', 1);
    const refreshed = applyRefresh(
      pack!,
      { kind: 'fetched', text: JSON.stringify(v2), etag: '"v2"' },
      { ...OPTIONS, now: 5 },
    );
    expect(refreshed.runbooks).toEqual(pack!.runbooks);
    expect(refreshed.pending?.runbooks[0]!.title).toBe('Badge v2');
    const [applied] = applyPending([refreshed], 'url:1', 6);
    expect(applied!.runbooks[0]!.title).toBe('Badge v2');
    expect(applied!.pending).toBeUndefined();
    expect(applied!.source).toMatchObject({ etag: '"v2"' });
  });

  it('a managed subscription applies a valid version at once; 304 only marks the check', () => {
    const [placeholder] = syncManagedPacks([], ['https://kb.acme.com/acme.json'], 1);
    expect(placeholder).toMatchObject({ id: 'managed:https://kb.acme.com/acme.json', runbooks: [], enabled: true });
    const fetched = applyRefresh(placeholder!, { kind: 'fetched', text: JSON.stringify(v2) }, { ...OPTIONS, now: 5 });
    expect(fetched.runbooks[0]!.title).toBe('Badge v2');
    const checked = applyRefresh(fetched, { kind: 'not-modified' }, { ...OPTIONS, now: 9 });
    expect(checked.source).toMatchObject({ checkedAt: 9 });
    expect(checked.runbooks).toEqual(fetched.runbooks);
    // Managed packs cannot be removed or switched off by the user; a policy change drops them.
    expect(removePack([checked], checked.id)).toEqual([checked]);
    expect(setPackEnabled([checked], checked.id, false)[0]!.enabled).toBe(true);
    expect(syncManagedPacks([checked], [], 10)).toEqual([]);
  });

  it('only URL packs past their interval are due', () => {
    const packs: StoredPack[] = [
      ...acceptPack([], v1, { kind: 'file', fileName: 'a.json' }, 'file:1', 0),
      ...acceptPack([], v1, URL_SOURCE, 'url:1', 0),
    ];
    expect(duePacks(packs, 6, 3_600_000).map((p) => p.id)).toEqual([]);
    expect(duePacks(packs, 6, 6 * 3_600_000).map((p) => p.id)).toEqual(['url:1']);
  });
});

describe('managed packs stay the admin’s', () => {
  const MANAGED_URL = 'https://kb.acme.com/acme.json';
  const managedPack = (): StoredPack => {
    const [placeholder] = syncManagedPacks([], [MANAGED_URL], 1);
    return applyRefresh(placeholder!, { kind: 'fetched', text: JSON.stringify(v2) }, { ...OPTIONS, now: 2 });
  };

  it('subscribing in the options page to the policy’s URL neither unlocks nor replaces it', () => {
    const packs = acceptPack([managedPack()], v1, { ...URL_SOURCE, url: MANAGED_URL }, 'url:9', 3);
    expect(packs).toEqual([managedPack()]);
    expect(setPackEnabled(packs, packs[0]!.id, false)[0]!.enabled).toBe(true);
  });

  it('a user pack at a URL the policy names becomes the managed one, switched back on, at the next sync', () => {
    let packs = acceptPack([], v1, { ...URL_SOURCE, url: MANAGED_URL }, 'url:1', 1);
    packs = setPackEnabled(packs, 'url:1', false);
    const [synced, ...rest] = syncManagedPacks(packs, [MANAGED_URL], 2);
    expect(rest).toEqual([]);
    expect(synced).toMatchObject({ enabled: true, source: { url: MANAGED_URL, managed: true } });
    // Its next version is the admin's: applied at once, not offered as a dismissable update.
    const refreshed = applyRefresh(synced!, { kind: 'fetched', text: JSON.stringify(v2) }, { ...OPTIONS, now: 3 });
    expect(refreshed.pending).toBeUndefined();
    expect(refreshed.runbooks[0]!.title).toBe('Badge v2');
  });

  it('a managed runbook wins over a user pack’s runbook of the same id, and a managed pack is never off', () => {
    const user = acceptPack(
      [],
      { name: 'Mine', runbooks: [fixTree(rb('badge', 'Badge (mine)'))] },
      URL_SOURCE,
      'url:1',
      1,
    );
    const managed = { ...managedPack(), enabled: false };
    for (const order of [
      [managed, ...user],
      [...user, managed],
    ]) {
      const { layers } = packLayers(order, OPTIONS);
      const { runbooks } = mergeLibrary([], layers);
      expect(runbooks.map((r) => r.title)).toEqual(['Badge v2']);
    }
  });
});

describe('packs that add related queries (Export as pack)', () => {
  const learned = (add: string[]) =>
    JSON.stringify({ schemaVersion: 1, name: 'Learned', queries: [{ runbook: 'vpn-cannot-connect', add }] });
  const options = { bundledIds: ['vpn-cannot-connect'], today: '2026-11-28', now: 5 };
  const policyPack = syncManagedPacks([], ['https://kb.acme.com/learned.json'], 1)[0]!;

  it('a policy URL serving one is applied with its queries, and a new version replaces them', () => {
    const first = applyRefresh(policyPack, { kind: 'fetched', text: learned(['zscaler tunnel down']) }, options);
    expect(first.queries).toEqual([{ runbook: 'vpn-cannot-connect', add: ['zscaler tunnel down'] }]);
    const same = applyRefresh(first, { kind: 'fetched', text: learned(['zscaler tunnel down']) }, options);
    expect(same.updatedAt).toBe(first.updatedAt);
    const next = applyRefresh(
      first,
      { kind: 'fetched', text: learned(['kronos kiosk blank']) },
      { ...options, now: 9 },
    );
    expect(next.queries).toEqual([{ runbook: 'vpn-cannot-connect', add: ['kronos kiosk blank'] }]);
    expect(packLayers([next], options).layers[0]?.queries).toEqual(next.queries);
  });

  it('a user subscription stages the new queries for preview like new runbooks', () => {
    const [pack] = acceptPack(
      [],
      { name: 'Learned', runbooks: [], queries: [{ runbook: 'vpn-cannot-connect', add: ['a b'] }] },
      URL_SOURCE,
      'url:1',
      1,
    );
    const staged = applyRefresh(pack!, { kind: 'fetched', text: learned(['c d']) }, options);
    expect(staged.queries).toEqual([{ runbook: 'vpn-cannot-connect', add: ['a b'] }]);
    expect(applyPending([staged], 'url:1', 9)[0]!.queries).toEqual([{ runbook: 'vpn-cannot-connect', add: ['c d'] }]);
  });
});
