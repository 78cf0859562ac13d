import { describe, expect, it } from 'vitest';
import { answerFor, bodiesOf, heldLibrary } from './library-data';

describe('the library the background holds for the panels', () => {
  const library = heldLibrary([]);

  it('answers a ticket with its match and only the body of the runbook shown first', () => {
    const answer = answerFor(library, 'BitLocker asking for recovery key after BIOS update');
    expect(answer.outcome.confident?.id).toBe('bitlocker-recovery');
    expect(answer.runbooks.map((r) => r.id)).toEqual(['bitlocker-recovery']);
    expect(answer.runbooks[0]!.steps.length).toBeGreaterThan(0);
    expect(answer.sources).toEqual([['bitlocker-recovery', { kind: 'bundled' }]]);
    // The words learning keeps of the ticket, worked out here so the panel script needs no normaliser.
    expect(answer.terms).toEqual(expect.arrayContaining(['bitlocker', 'bios']));
    expect(answer.terms).not.toContain('asking for recovery key after BIOS update');
  });

  it('sends no body when nothing fits with confidence', () => {
    const answer = answerFor(library, 'the coffee machine on floor 3 is empty');
    expect(answer.outcome.confident).toBeNull();
    expect(answer.runbooks).toEqual([]);
  });

  it('hands out the runbooks asked for, skipping ids it does not hold', () => {
    const bodies = bodiesOf(library, ['vpn-cannot-connect', 'no-such-runbook']);
    expect(bodies.runbooks.map((r) => r.id)).toEqual(['vpn-cannot-connect']);
    expect(bodies.sources.map(([id]) => id)).toEqual(['vpn-cannot-connect']);
  });

  it('ignores stored packs that fail their checks rather than failing the panel', () => {
    const hostile = heldLibrary({ x: { runbooks: '<script>alert(1)</script>' } });
    expect(answerFor(hostile, 'BitLocker asking for recovery key').outcome.confident?.id).toBe('bitlocker-recovery');
  });
});
