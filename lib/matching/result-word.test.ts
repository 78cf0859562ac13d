import { describe, expect, it } from 'vitest';
import { resultWord } from './result-word';
import type { MatchResult } from './match';

const result = (id: string, score: number): MatchResult => ({ id, title: id, score, terms: [] });

describe('resultWord', () => {
  it('calls only the shown automatic match strong, whatever the others score', () => {
    const top = result('a', 0.9);
    const outcome = { confident: top, results: [top, result('b', 0.88), result('c', 0.2)] };
    expect(outcome.results.map((r) => resultWord(r, outcome))).toEqual(['Strong match', 'Possible match', '']);
  });

  it('never says strong under "No confident match", even for a high score', () => {
    const outcome = { confident: null, results: [result('a', 0.95), result('b', 0.58)] };
    expect(outcome.results.map((r) => resultWord(r, outcome))).toEqual(['Possible match', 'Possible match']);
  });
});
