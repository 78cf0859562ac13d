import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../tests/library/match-fixtures';
import { createMatcher } from '../matching/match';
import { addExample, examplesOf, forgetExample, readExamples } from './example-store';
import { checkLearnedModel, LEARNED_MODEL } from './learned-decision';
import { exampleKey, type LearnedExample } from './learned-example';
import { matchTerms } from './match-terms';
import { retain } from './retention';

const ACME = 'https://acme.service-now.com';
const GLOBEX = 'https://globex.service-now.com';
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 8);
const RETENTION = { days: 180, max: 5000 };
const matcher = createMatcher(fixtureLibrary());

const example = (
  ticket: string,
  text: string,
  runbook: string,
  extra: Partial<LearnedExample> = {},
): LearnedExample => ({
  origin: ACME,
  ticket,
  terms: matchTerms(text),
  runbook,
  negative: false,
  at: NOW,
  ...extra,
});
const teach = (list: LearnedExample[]): LearnedExample[] =>
  list.reduce<LearnedExample[]>((all, e) => addExample(all, e, RETENTION, NOW), []);

const KRONOS = [
  'Kronos timeclock page blank on the warehouse kiosk',
  'Kronos timeclock page blank at the depot kiosk',
  'Kronos timeclock kiosk page blank, night shift',
];
const FOURTH = 'Kronos timeclock blank page on kiosk 3';

describe('the learned channel in the matcher', () => {
  it('three picks on similar tickets make the fourth a confident match, with how many taught it', () => {
    expect(matcher.match(FOURTH).confident).toBeNull();
    const examples = teach(KRONOS.map((text, i) => example(`INC${i}`, text, 'shared-mailbox-access')));
    const outcome = matcher.match(FOURTH, { examples });
    expect(outcome.confident?.id).toBe('shared-mailbox-access');
    expect(outcome.confident?.learned).toBe(3);
    expect(outcome.results[0]?.id).toBe('shared-mailbox-access');
    expect(outcome.results.length).toBeLessThanOrEqual(5);
  });

  it('what was taught in English teaches the same problem asked in German or French (the matcher’s translations)', () => {
    const english = ['forgot password for kronos', 'forgot my kronos password', 'kronos password forgot, night shift'];
    const examples = teach(english.map((text, i) => example(`INC${i}`, text, 'shared-mailbox-access')));
    for (const text of ['Kennwort für Kronos vergessen', 'mot de passe kronos oublié']) {
      expect(matcher.match(text).confident).toBeNull();
      expect(matcher.match(text, { examples }).confident).toMatchObject({ id: 'shared-mailbox-access', learned: 3 });
    }
  });

  it('one or two picks rank the runbook first, but confidence takes three (one pick may be a slip)', () => {
    for (const n of [1, 2]) {
      const examples = teach(KRONOS.slice(0, n).map((text, i) => example(`INC${i}`, text, 'shared-mailbox-access')));
      const outcome = matcher.match(FOURTH, { examples });
      expect(outcome.confident).toBeNull();
      expect(outcome.results[0]).toMatchObject({ id: 'shared-mailbox-access', learned: n });
    }
  });

  it('a pick on a similar ticket lifts the static first guess to a confident match; the same pick for another runbook only ranks it', () => {
    const text = 'cannot reach file server';
    const before = matcher.match(text);
    expect(before.confident).toBeNull();
    expect(before.results[0]?.id).toBe('network-path-not-found');
    const taught = (runbook: string) =>
      teach([example('INC1', 'cannot reach the file server from the depot', runbook)]);
    const lifted = matcher.match(text, { examples: taught('network-path-not-found') });
    expect(lifted.confident).toMatchObject({ id: 'network-path-not-found', learned: 1 });
    expect(lifted.confident!.score).toBeGreaterThan(before.results[0]!.score);
    const elsewhere = matcher.match(text, { examples: taught('printer-not-printing') });
    expect(elsewhere.confident).toBeNull();
    expect(elsewhere.results.map((r) => r.id)).toContain('printer-not-printing');
  });

  it('the learned weights are refused when they do not fit the learned inputs', () => {
    expect(checkLearnedModel(LEARNED_MODEL)).toBe(LEARNED_MODEL);
    expect(() => checkLearnedModel({ ...LEARNED_MODEL, weights: LEARNED_MODEL.weights.slice(1) })).toThrow(
      /fit:learning/,
    );
    expect(() => checkLearnedModel({ ...LEARNED_MODEL, features: ['coverage'] })).toThrow();
  });

  it('the open ticket’s own examples teach later tickets, not itself', () => {
    const examples = teach(KRONOS.map((text, i) => example(`INC${i}`, text, 'shared-mailbox-access')));
    const outcome = matcher.match(FOURTH, { examples, ticket: 'INC0' });
    expect(outcome.confident).toBeNull();
    expect(outcome.results[0]).toMatchObject({ id: 'shared-mailbox-access', learned: 2 });
  });

  it('an unrelated ticket is not changed by what was taught', () => {
    const examples = teach(KRONOS.map((text, i) => example(`INC${i}`, text, 'shared-mailbox-access')));
    expect(matcher.match('VPN keeps disconnecting at the hotel', { examples })).toEqual(
      matcher.match('VPN keeps disconnecting at the hotel'),
    );
  });

  it('a runbook no longer in the library (its pack switched off) is not shown', () => {
    const examples = teach(KRONOS.map((text, i) => example(`INC${i}`, text, 'gone-runbook')));
    const outcome = matcher.match(FOURTH, { examples });
    expect(outcome.confident).toBeNull();
    expect(outcome.results.map((r) => r.id)).not.toContain('gone-runbook');
  });

  it('never makes a content-free ticket confident', () => {
    const examples = teach([
      example('INC1', 'hello', 'shared-mailbox-access'),
      example('INC2', '???', 'vpn-cannot-connect'),
    ]);
    for (const text of ['hello', '???', '', 'please help asap'])
      expect(matcher.match(text, { examples }).confident).toBeNull();
  });

  it('"Not helpful" on similar tickets withdraws the automatic match and ranks it lower', () => {
    const text = 'VPN keeps disconnecting at the hotel';
    const before = matcher.match(text);
    expect(before.confident?.id).toBe('vpn-drops-frequently');
    const examples = teach([
      example('INC1', 'VPN keeps disconnecting at the hotel lobby', 'vpn-drops-frequently', { negative: true }),
    ]);
    const after = matcher.match(text, { examples });
    expect(after.confident).toBeNull();
    const score = (o: typeof after) => o.results.find((r) => r.id === 'vpn-drops-frequently')?.score ?? 0;
    expect(score(after)).toBeLessThan(score(before));
  });

  it('two runbooks taught alike for the same words is a tie, not a match', () => {
    const examples = teach([
      example('INC1', KRONOS[0]!, 'shared-mailbox-access'),
      example('INC2', KRONOS[1]!, 'vpn-cannot-connect'),
    ]);
    expect(matcher.match(FOURTH, { examples }).confident).toBeNull();
  });
});

describe('the example store', () => {
  it('keeps one example per origin, ticket and runbook: the latest use', () => {
    const first = example('INC1', KRONOS[0]!, 'shared-mailbox-access', { at: NOW - DAY });
    const again = example('INC1', KRONOS[1]!, 'shared-mailbox-access');
    const list = addExample(addExample([], first, RETENTION, NOW), again, RETENTION, NOW);
    expect(list).toEqual([again]);
    expect(addExample(list, { ...again, origin: GLOBEX }, RETENTION, NOW)).toHaveLength(2);
  });

  it('learns nothing from a ticket with no match terms', () => {
    expect(addExample([], example('INC1', '!!!', 'vpn-cannot-connect'), RETENTION, NOW)).toEqual([]);
  });

  it('forgets past the retention period and past the cap, oldest first', () => {
    const list = [0, 1, 2, 3].map((d) => example(`INC${d}`, KRONOS[0]!, 'vpn-cannot-connect', { at: NOW - d * DAY }));
    expect(retain(list, { days: 2, max: 10 }, NOW).map((e) => e.ticket)).toEqual(['INC0', 'INC1']);
    expect(retain(list, { days: 180, max: 3 }, NOW).map((e) => e.ticket)).toEqual(['INC0', 'INC1', 'INC2']);
  });

  it('forgets one example by its key; other sites never see it', () => {
    const a = example('INC1', KRONOS[0]!, 'vpn-cannot-connect');
    const b = example('INC2', KRONOS[1]!, 'vpn-cannot-connect', { origin: GLOBEX });
    expect(forgetExample([a, b], exampleKey(a))).toEqual([b]);
    expect(examplesOf([a, b], GLOBEX)).toEqual([b]);
  });

  it('reads stored examples field by field and counts the unreadable ones', () => {
    const good = example('INC1', KRONOS[0]!, 'vpn-cannot-connect');
    const hostile = [good, { ...good, terms: 'x'.repeat(100_000) }, { ...good, at: 'now' }, null, '<script>'];
    expect(readExamples(hostile)).toEqual({ examples: [good], broken: 4 });
    expect(readExamples({})).toEqual({ examples: [], broken: 1 });
  });

  it('remembers match terms, never the ticket text', () => {
    const terms = matchTerms('RE: [INC0048812] Kronos timeclock blank - call Priya on 07700 900123 <b>now</b>');
    expect(terms).toEqual(expect.arrayContaining(['kronos', 'timeclock', 'blank']));
    expect(terms.join(' ')).not.toMatch(/07700|INC0048812|<b>/i);
  });

  it('a hostile ticket (script, 100 KB, one endless word) stores a readable example or none', () => {
    for (const text of ['<script>alert(1)</script> vpn', 'vpn '.repeat(25_000), `x${'a'.repeat(20_000)} vpn`]) {
      const stored = addExample([], example('INC1', text, 'vpn-cannot-connect'), RETENTION, NOW);
      expect(readExamples(stored).broken).toBe(0);
      expect(JSON.stringify(stored).length).toBeLessThan(2000);
    }
  });
});
