import { describe, expect, it } from 'vitest';
import { CONFIDENCE_WORD, confidenceOf } from './confidence-word';

const result = { id: 'vpn', title: 'VPN', score: 0.8, terms: ['vpn'] };

describe('confidenceOf', () => {
  it('strong when the matcher is confident, possible with candidates only, none without', () => {
    expect(confidenceOf({ confident: result, results: [result] })).toBe('strong');
    expect(confidenceOf({ confident: null, results: [result] })).toBe('possible');
    expect(confidenceOf({ confident: null, results: [] })).toBe('none');
  });

  it('says it in plain words', () => {
    expect(CONFIDENCE_WORD.strong).toBe('Strong match');
    expect(CONFIDENCE_WORD.possible).toBe('Possible match');
  });
});
