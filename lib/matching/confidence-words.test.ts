import { describe, expect, it } from 'vitest';
import { confidenceWords } from './confidence-words';
import type { MatchResult } from './match';

const result = (id: string, score: number): MatchResult => ({ id, title: id, score, terms: [] });

describe('confidenceWords', () => {
  it('calls only the shown automatic match confident, whatever the others score', () => {
    const top = result('a', 0.9);
    const outcome = { confident: top, results: [top, result('b', 0.88), result('c', 0.2)] };
    expect(confidenceWords(top, outcome)).toBe('Confident match');
    expect(confidenceWords(outcome.results[1]!, outcome)).toBe('Possible match');
    expect(confidenceWords(outcome.results[2]!, outcome)).toBe('Weak match');
  });

  it('never says confident under "No confident match", even for a high score', () => {
    const outcome = { confident: null, results: [result('a', 0.95), result('b', 0.58)] };
    expect(outcome.results.map((r) => confidenceWords(r, outcome))).toEqual(['Possible match', 'Possible match']);
  });
});
