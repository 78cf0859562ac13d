import { describe, expect, it } from 'vitest';
import { LEARNED_FEATURE_NAMES } from '../lib/learning/learned-decision';
import { fitWeights } from './learning-fit';
import { correction, replayAnswers, type LearnedRow } from './learning-replay';

const VPN = { text: 'vpn will not connect', expect: ['vpn-cannot-connect'] };
const LUNCH = { text: 'what is for lunch', expect: [] };

describe('the correcting agent of eval --learn', () => {
  it('picks the first expected runbook after a wrong or abstained in-scope answer, and nothing after a right one', () => {
    expect(correction(VPN, { confident: null, ranked: [] })).toEqual({
      runbook: 'vpn-cannot-connect',
      negative: false,
    });
    expect(correction(VPN, { confident: 'bitlocker-recovery', ranked: [] })).toEqual({
      runbook: 'vpn-cannot-connect',
      negative: false,
    });
    expect(correction(VPN, { confident: 'vpn-cannot-connect', ranked: [] })).toBeNull();
  });

  it('presses "Not helpful" only on a confident out-of-scope answer', () => {
    expect(correction(LUNCH, { confident: 'printer-not-printing', ranked: [] })).toEqual({
      runbook: 'printer-not-printing',
      negative: true,
    });
    expect(correction(LUNCH, { confident: null, ranked: ['printer-not-printing'] })).toBeNull();
  });

  it('answers each case knowing only what was taught on earlier cases', () => {
    const cases = [VPN, LUNCH, { text: 'vpn fails to connect at home', expect: ['vpn-cannot-connect'] }];
    const seen: string[][] = [];
    replayAnswers(cases, (_kase, examples) => {
      seen.push(examples.map((e) => e.terms.join(' ')));
      return { confident: null, ranked: [] };
    });
    // Abstaining on everything: each in-scope case is taught after it is answered, the out-of-scope one never.
    expect(seen).toEqual([[], ['vpn connect'], ['vpn connect']]);
  });
});

describe('the learned model fit', () => {
  const row = (features: number[], y: 0 | 1): LearnedRow => ({ staticScore: 0.3, features, y });
  const at = (name: (typeof LEARNED_FEATURE_NAMES)[number]): number => LEARNED_FEATURE_NAMES.indexOf(name);
  const features = (values: Partial<Record<(typeof LEARNED_FEATURE_NAMES)[number], number>>): number[] =>
    LEARNED_FEATURE_NAMES.map((name) => values[name] ?? 0);

  it('learns how much agreement lifts, and drops an input whose sign contradicts what it means', () => {
    const rows = [
      ...Array.from({ length: 20 }, () => row(features({ coverage: 1, against: 1 }), 1)),
      ...Array.from({ length: 20 }, () => row(features({ coverage: 0.1 }), 0)),
    ];
    const weights = fitWeights(rows);
    expect(weights[at('coverage')]).toBeGreaterThan(1);
    // "Not helpful" seen only with right answers here: still never allowed to lift.
    expect(weights[at('against')]).toBe(0);
  });
});
