import { describe, expect, it } from 'vitest';
import { MEMORY_LIMIT, MEMORY_TTL_MS, recall, remember, ticketKeyOf, ticketRef } from './ticket-memory';

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

  it('names a ticket by tenant and number: the same number on another tenant is another ticket', () => {
    const ours = ticketRef('https://acme.service-now.com', 'INC0010001');
    const theirs = ticketRef('https://evil.service-now.com', 'INC0010001');
    expect(ours).not.toBe(theirs);
    const memory = remember({}, `${ours}|vpn`, [{ node: 'q1', option: 0 }], 1000);
    expect(recall(memory, `${theirs}|vpn`, 2000)).toBeUndefined();
    expect(ticketKeyOf(ours)).toBe('INC0010001');
    expect(ticketKeyOf('ITSD-42')).toBe('ITSD-42');
  });
});
