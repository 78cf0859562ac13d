import { describe, expect, it } from 'vitest';
import { MEMORY_LIMIT, MEMORY_TTL_MS, recall, remember } from './ticket-memory';

describe('ticket memory', () => {
  it('recalls what was remembered until it expires', () => {
    const memory = remember({}, 'INC1|vpn', [1], 1000);
    expect(recall(memory, 'INC1|vpn', 2000)).toEqual([1]);
    expect(recall(memory, 'INC1|vpn', 1000 + MEMORY_TTL_MS)).toBeUndefined();
  });

  it('keeps at most MEMORY_LIMIT entries, dropping the oldest', () => {
    let memory = {};
    for (let i = 0; i <= MEMORY_LIMIT; i++) memory = remember(memory, `T${i}`, i, i);
    expect(Object.keys(memory)).toHaveLength(MEMORY_LIMIT);
    expect(recall(memory, 'T0', MEMORY_LIMIT)).toBeUndefined();
    expect(recall(memory, `T${MEMORY_LIMIT}`, MEMORY_LIMIT)).toBe(MEMORY_LIMIT);
  });
});
