import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { Runbook } from './runbook-schema';
import { createTriageMachine, triageStep } from './triage-machine';
import { currentOutcome, currentQuestion, startOf } from './triage-state';

const runbook = Runbook.parse(sampleRunbook());

function start() {
  return createActor(createTriageMachine(runbook.tree)).start();
}

describe('createTriageMachine', () => {
  it('asks the start question first', () => {
    expect(currentQuestion(start().getSnapshot())).toBe('q1');
  });

  it('follows answers to an outcome tagged with its type', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', option: 0 });
    actor.send({ type: 'ANSWER', option: 1 });
    const snapshot = actor.getSnapshot();
    expect(currentQuestion(snapshot)).toBeNull();
    expect(snapshot.hasTag('resolved')).toBe(true);
    expect(currentOutcome(runbook.tree, snapshot)).toEqual({ type: 'resolved', step: 'fix' });
    expect(snapshot.context.answers).toEqual([
      { node: 'q1', option: 0 },
      { node: 'q2', option: 1 },
    ]);
  });

  it('goes back one answer at a time and restarts from the top', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', option: 0 });
    actor.send({ type: 'ANSWER', option: 0 });
    actor.send({ type: 'ANSWER', option: 1 });
    expect(actor.getSnapshot().hasTag('runbook')).toBe(true);
    actor.send({ type: 'BACK' });
    expect(currentQuestion(actor.getSnapshot())).toBe('q3');
    actor.send({ type: 'BACK' });
    expect(currentQuestion(actor.getSnapshot())).toBe('q2');
    expect(actor.getSnapshot().context.answers).toHaveLength(1);
    actor.send({ type: 'RESTART' });
    expect(currentQuestion(actor.getSnapshot())).toBe('q1');
    expect(actor.getSnapshot().context.answers).toEqual([]);
  });

  it('ignores an answer index the question does not have', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', option: 7 });
    expect(currentQuestion(actor.getSnapshot())).toBe('q1');
  });
});

describe('triageStep: the background’s answer to the panel’s tree', () => {
  it('starts where the machine starts', () => {
    const view = startOf(runbook.tree);
    expect(view).toEqual(triageStep(runbook.tree, []));
    expect(currentQuestion(view)).toBe('q1');
  });

  it('replays the saved answers, then applies the event', () => {
    const view = triageStep(runbook.tree, [{ node: 'q1', option: 0 }], { type: 'ANSWER', option: 1 });
    expect(view.answers).toEqual([
      { node: 'q1', option: 0 },
      { node: 'q2', option: 1 },
    ]);
    expect(currentOutcome(runbook.tree, view)).toEqual({ type: 'resolved', step: 'fix' });
    const back = triageStep(runbook.tree, view.answers, { type: 'BACK' });
    expect(currentQuestion(back)).toBe('q2');
    expect(triageStep(runbook.tree, view.answers, { type: 'RESTART' })).toEqual(startOf(runbook.tree));
  });

  it('ignores saved answers the tree no longer has', () => {
    const view = triageStep(runbook.tree, [{ node: 'q1', option: 9 }]);
    expect(view).toEqual(startOf(runbook.tree));
  });
});
