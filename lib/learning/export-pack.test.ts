import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../tests/library/match-fixtures';
import { createMatcher } from '../matching/match';
import { mergeLibrary } from '../packs/pack-merge';
import { validatePackText } from '../packs/pack-validate';
import { learnedPack } from './export-pack';
import type { LearnedExample } from './learned-example';
import { matchTerms } from './match-terms';

const library = fixtureLibrary();
const ids = new Set(library.map((r) => r.id));
const OPTIONS = { bundledIds: [...ids], today: '2026-12-08' };
const NOW = Date.UTC(2026, 11, 8);
const example = (ticket: string, text: string, runbook: string, negative = false): LearnedExample => ({
  origin: 'https://acme.service-now.com',
  ticket,
  terms: matchTerms(text),
  runbook,
  negative,
  at: NOW,
});

describe('Export as pack', () => {
  const examples = [
    example('INC1', 'Kronos timeclock page blank on the warehouse kiosk', 'shared-mailbox-access'),
    example('INC2', 'Kronos timeclock page blank on the warehouse kiosk', 'shared-mailbox-access'),
    example('INC3', 'Kronos timeclock page blank on the warehouse kiosk', 'vpn-cannot-connect'),
    example('INC4', 'Zscaler tunnel down at the Leeds depot', 'vpn-cannot-connect'),
    example('INC5', 'VPN keeps disconnecting at the hotel', 'vpn-drops-frequently', true),
    example('INC6', 'Some ticket for a runbook that is gone', 'gone-runbook'),
  ];
  const pack = learnedPack(examples, ids, { name: 'Learned queries', now: NOW });

  it('writes one related query per phrasing, to the runbook agents used most for it; negatives stay local', () => {
    expect(pack.queries).toEqual([
      { runbook: 'shared-mailbox-access', add: ['kronos timeclock page blank warehouse kiosk'] },
      { runbook: 'vpn-cannot-connect', add: ['zscaler tunnel down leeds depot'] },
    ]);
  });

  it('is a pack the options page accepts, and importing it teaches the matcher for everyone', () => {
    const result = validatePackText(JSON.stringify(pack), 'learned.pack.json', OPTIONS);
    expect(result.ok && result.pack.queries).toEqual(pack.queries);
    if (!result.ok) return;
    const merged = mergeLibrary(library, [{ id: 'file:learned', ...result.pack }]);
    const before = createMatcher(library).match('Zscaler tunnel down at the depot');
    const after = createMatcher(merged.runbooks).match('Zscaler tunnel down at the depot');
    expect(before.confident?.id).not.toBe('vpn-cannot-connect');
    expect(after.confident?.id).toBe('vpn-cannot-connect');
  });

  it('a pack adding queries to a runbook neither the library nor the pack has is refused', () => {
    const bad = { ...pack, queries: [{ runbook: 'no-such-runbook', add: ['x y'] }] };
    const result = validatePackText(JSON.stringify(bad), 'bad.json', OPTIONS);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'queries[0].runbook: no runbook "no-such-runbook" in the library or this pack',
    ]);
  });

  it('an empty pack is still refused', () => {
    const result = validatePackText(JSON.stringify({ schemaVersion: 1, name: 'Empty' }), 'empty.json', OPTIONS);
    expect(result.ok).toBe(false);
  });

  it('a query some runbook already has is not added twice', () => {
    const dup = [
      { id: 'p', name: 'p', runbooks: [], queries: [{ runbook: 'vpn-drops-frequently', add: ['VPN not connecting'] }] },
    ];
    const merged = mergeLibrary(library, dup);
    expect(merged.runbooks.find((r) => r.id === 'vpn-drops-frequently')?.relatedQueries).not.toContain(
      'VPN not connecting',
    );
  });
});
