import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../tests/library/match-fixtures';
import { buildMatchIndex, createMatcher, TOP_RESULTS } from './match';

const library = fixtureLibrary();
const matcher = createMatcher(library);

describe('matching tickets to runbooks', () => {
  it('finds the runbook whose phrasing the ticket uses, with score and highlighted terms', () => {
    const outcome = matcher.match('RE: VPN keeps disconnecting at the hotel');
    expect(outcome.confident?.id).toBe('vpn-drops-frequently');
    const top = outcome.results[0]!;
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
    expect(top.terms).toEqual(expect.arrayContaining(['vpn', 'disconnecting', 'hotel']));
    expect(outcome.results.length).toBeLessThanOrEqual(TOP_RESULTS);
    expect(outcome.results.map((r) => r.score)).toEqual([...outcome.results.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('tolerates typos in words of four letters or more', () => {
    expect(matcher.match('outlok keeps askng for my pasword').confident?.id).toBe('outlook-password-prompt-loop');
    expect(matcher.match('bitlockr recovry key').confident?.id).toBe('bitlocker-recovery');
    expect(matcher.match('laptpo asking for bitlocker key').confident?.id).toBe('bitlocker-recovery');
  });

  it('does not guess at typos in short words', () => {
    // "vpm" is one letter from "vpn", but three-letter words are too close to each other to correct.
    const outcome = matcher.match('vpm not connecting');
    expect(outcome.results[0]?.terms ?? []).not.toContain('vpm');
  });

  it('abstains when nothing fits', () => {
    for (const text of ['question about my payslip', 'badge does not open the door', '', 'issue', 'FW:']) {
      expect(matcher.match(text).confident, text).toBeNull();
    }
  });

  it('abstains when the ticket is mostly about something the library does not cover', () => {
    // "printer" matches, but coffee, smell and smoke are what the ticket is about.
    const outcome = matcher.match('reception printer covered in coffee, smells of smoke');
    expect(outcome.results[0]?.id).toBe('printer-not-printing');
    expect(outcome.confident).toBeNull();
  });

  it('abstains on requests even when their words match a runbook', () => {
    expect(matcher.match('please create a new shared mailbox for the events team').confident).toBeNull();
    expect(matcher.match('how do I set up a vpn on my home laptop').confident).toBeNull();
    // …but not on the incident with the same words.
    expect(matcher.match('shared mailbox not showing in outlook').confident?.id).toBe('shared-mailbox-access');
  });

  it('abstains when two runbooks explain the ticket equally well', () => {
    const outcome = matcher.match('vpn');
    expect(outcome.confident).toBeNull();
    expect(
      outcome.results
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['vpn-cannot-connect', 'vpn-drops-frequently']);
  });

  it('matches the same with a prebuilt, serialised index, and ignores an index for other runbooks', () => {
    const index = JSON.parse(JSON.stringify(buildMatchIndex(library)));
    const fromIndex = createMatcher(library, index);
    for (const text of ['vpn keeps disconnecting', 'outlook keeps asking for password', '0x800704cf', 'payslip']) {
      expect(fromIndex.match(text)).toEqual(matcher.match(text));
    }
    const stale = buildMatchIndex(library.slice(0, 3));
    expect(createMatcher(library, stale).match('printer offline').confident?.id).toBe('printer-not-printing');
  });

  it('searches without abstaining and completes the word being typed', () => {
    expect(matcher.search('bitl')[0]?.id).toBe('bitlocker-recovery');
    expect(
      matcher
        .search('vpn', 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['vpn-cannot-connect', 'vpn-drops-frequently']);
    expect(matcher.search('printer', 0)).toEqual([]);
    expect(matcher.search('')).toEqual([]);
  });

  it('is safe on hostile input', () => {
    for (const text of [
      '\u0000'.repeat(100_000),
      '💥'.repeat(50_000),
      'vpn '.repeat(30_000),
      'constructor __proto__',
    ]) {
      expect(() => matcher.match(text)).not.toThrow();
      expect(() => matcher.search(text)).not.toThrow();
    }
  });
});

describe('the evidence the confidence model reads', () => {
  const top = (text: string) => matcher.explain(text).candidates[0]!;

  it('measures how well one phrasing and the ticket fit each other, both ways', () => {
    // The ticket is one of the runbook's phrasings: a perfect fit.
    expect(top('vpn keeps disconnecting').cosine).toBeCloseTo(1);
    // The same phrasing inside a longer ticket is still found, but explains less of the ticket.
    const longer = top('vpn keeps disconnecting while I eat a sandwich at the hotel bar');
    expect(longer.id).toBe('vpn-drops-frequently');
    expect(longer.cosine).toBeLessThan(0.8);
  });

  it('reads the rarest matched word: one only one runbook uses tops the scale, one two share is below', () => {
    expect(top('bitlocker').peak).toBeCloseTo(1);
    expect(top('vpn').peak).toBeLessThan(top('bitlocker').peak);
  });
});
