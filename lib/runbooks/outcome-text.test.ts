import { describe, expect, it } from 'vitest';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { outcomeText } from './outcome-text';
import { Runbook } from './runbook-schema';

describe('outcome text', () => {
  const runbook = Runbook.parse(sampleRunbook());
  const step = runbook.steps[0]!;
  const titleOf = (id: string) => (id === 'other' ? 'Other runbook' : id);

  it('does not repeat a note that only restates the step title', () => {
    expect(
      outcomeText({ type: 'resolved', step: step.id, note: `${step.title.toUpperCase()}.` }, runbook, titleOf),
    ).toBe(`Resolve with step "${step.title}"`);
    expect(outcomeText({ type: 'resolved', step: step.id, note: 'User signed in again' }, runbook, titleOf)).toBe(
      `Resolve with step "${step.title}" (User signed in again)`,
    );
  });

  it('names the group and reason of an escalation, and the runbook to use', () => {
    expect(outcomeText({ type: 'escalate', group: 'Network', reason: 'Gateway down' }, runbook, titleOf)).toBe(
      'Escalate to Network: Gateway down',
    );
    expect(outcomeText({ type: 'runbook', runbook: 'other', reason: 'other runbook' }, runbook, titleOf)).toBe(
      'Use runbook "Other runbook"',
    );
  });
});
