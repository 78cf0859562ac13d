import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('meets the inflections of one word', () => {
    expect(new Set(['crash', 'crashes', 'crashing', 'crashed'].map(stem))).toEqual(new Set(['crash']));
    expect(stem('updating')).toBe(stem('update'));
    expect(stem('monitors')).toBe(stem('monitor'));
  });

  it('keeps nouns in -ing that are not the verb apart from it', () => {
    expect(stem('monitoring')).not.toBe(stem('monitor'));
    expect(stem('building')).not.toBe(stem('build'));
    expect(stem('buildings')).toBe(stem('building'));
  });
});
