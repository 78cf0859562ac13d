// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../lib/messages';
import type { DecisionTree } from '../../lib/runbooks/runbook-schema';
import type { Answer } from '../../lib/runbooks/triage-machine';
import { triageStep } from '../../lib/runbooks/triage-machine';
import { useTriage, type Triage } from './use-triage';

// The background, as the panel sees it: each triage request waits until the test answers it.
const pending: { message: Extract<Message, { type: 'triage' }>; answer: () => void; fail: () => void }[] = [];
vi.mock('../../services/messaging', () => ({
  sendMessage: (message: Extract<Message, { type: 'triage' }>) =>
    new Promise((resolve, reject) => {
      pending.push({
        message,
        answer: () => resolve(triageStep(message.tree, message.answers, message.event)),
        fail: () => reject(new Error('Extension context invalidated.')),
      });
    }),
}));

const TREE = {
  start: 'q1',
  nodes: {
    q1: {
      question: 'Q1?',
      options: [
        { label: 'Yes', next: 'q2' },
        { label: 'No', next: 'q2' },
      ],
    },
    q2: { question: 'Q2?', options: [{ label: 'Yes', outcome: { type: 'resolved', step: 's' } }] },
  },
} as unknown as DecisionTree;

const seen: { triage?: Triage } = {};
const heard: Answer[][] = [];
function Probe({ saved }: { saved: Answer[] }) {
  const triage = useTriage(TREE, saved, (answers) => heard.push(answers));
  useEffect(() => {
    seen.triage = triage;
  });
  return null;
}

let container: HTMLElement;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  pending.length = 0;
  heard.length = 0;
  container = document.createElement('div');
});
afterEach(() => vi.clearAllMocks());

const mount = async (saved: Answer[]) => {
  const root = createRoot(container);
  await act(async () => root.render(<Probe saved={saved} />));
  return root;
};
const settle = (run: () => void) => act(async () => run());

describe('useTriage: the tree stepped by the background', () => {
  it('a fresh tree shows its first question without asking; each answer is the background’s', async () => {
    await mount([]);
    expect(seen.triage!.view).toEqual({ answers: [], value: 'q1' });
    expect(pending).toHaveLength(0);
    await settle(() => seen.triage!.send({ type: 'ANSWER', option: 0 }));
    expect(seen.triage!.view?.value).toBe('q1');
    await settle(() => pending[0]!.answer());
    expect(seen.triage!.view?.value).toBe('q2');
    expect(heard).toEqual([[{ node: 'q1', option: 0 }]]);
  });

  it('saved answers wait for their replay, then stand where they were', async () => {
    await mount([{ node: 'q1', option: 1 }]);
    expect(seen.triage!.view).toBeNull();
    expect(pending.map((p) => p.message.answers)).toEqual([[{ node: 'q1', option: 1 }]]);
    await settle(() => pending[0]!.answer());
    expect(seen.triage!.view?.value).toBe('q2');
    expect(heard).toEqual([]);
  });

  it('only the latest click’s answer is taken, whatever order the answers come in', async () => {
    await mount([]);
    await settle(() => seen.triage!.send({ type: 'ANSWER', option: 0 }));
    await settle(() => seen.triage!.send({ type: 'ANSWER', option: 1 }));
    await settle(() => pending[1]!.answer());
    await settle(() => pending[0]!.answer());
    expect(seen.triage!.view?.answers).toEqual([{ node: 'q1', option: 1 }]);
    expect(heard).toEqual([[{ node: 'q1', option: 1 }]]);
  });

  it('says so when the background does not answer, and recovers with the next answer', async () => {
    await mount([]);
    await settle(() => seen.triage!.send({ type: 'ANSWER', option: 0 }));
    await settle(() => pending[0]!.fail());
    expect(seen.triage!.failed).toBe(true);
    expect(seen.triage!.view?.value).toBe('q1');
    await settle(() => seen.triage!.send({ type: 'ANSWER', option: 0 }));
    await settle(() => pending[1]!.answer());
    expect(seen.triage!.failed).toBe(false);
    expect(seen.triage!.view?.value).toBe('q2');
  });

  it('prepare wakes the background without changing what is shown', async () => {
    await mount([]);
    await settle(() => seen.triage!.prepare());
    await settle(() => pending[0]!.answer());
    expect(pending[0]!.message.event).toBeUndefined();
    expect(seen.triage!.view).toEqual({ answers: [], value: 'q1' });
  });
});
