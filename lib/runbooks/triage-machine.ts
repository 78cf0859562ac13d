import { createActor, setup, type SnapshotFrom } from 'xstate';
import type { DecisionTree } from './runbook-schema';
import type { TriageView } from './triage-state';

/** One answered question: the node asked and the index of the option chosen. */
export interface Answer {
  node: string;
  option: number;
}

export type TriageEvent = { type: 'ANSWER'; option: number } | { type: 'BACK' } | { type: 'RESTART' };

const outcomeState = (node: string, option: number): string => `outcome:${node}:${option}`;

/**
 * Builds the triage state machine of one runbook's decision tree: one state per question, one per
 * outcome (tagged `outcome` and its type), the answers so far in context. BACK returns to the
 * question the last answer was given to; the tree is acyclic (checked by the library linter).
 */
export function createTriageMachine(tree: DecisionTree) {
  const states: Record<string, object> = {};
  const predecessors = new Map<string, Set<string>>();
  const addPredecessor = (target: string, from: string): void => {
    const set = predecessors.get(target) ?? new Set<string>();
    set.add(from);
    predecessors.set(target, set);
  };
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    node.options.forEach((option, i) => {
      if ('outcome' in option) {
        const id = outcomeState(nodeId, i);
        addPredecessor(id, nodeId);
        states[id] = { tags: ['outcome', option.outcome.type], meta: { outcome: option.outcome } };
      } else {
        addPredecessor(option.next, nodeId);
      }
    });
  }
  const back = (stateId: string): object[] =>
    [...(predecessors.get(stateId) ?? [])].map((from) => ({
      target: `#triage.${from}`,
      guard: { type: 'lastAnswerWasAt', params: { node: from } },
      actions: 'forgetLastAnswer',
    }));
  for (const [nodeId, node] of Object.entries(tree.nodes)) {
    states[nodeId] = {
      tags: ['question'],
      on: {
        ANSWER: node.options.map((option, i) => ({
          target: `#triage.${'next' in option ? option.next : outcomeState(nodeId, i)}`,
          guard: { type: 'isOption', params: { option: i } },
          actions: { type: 'rememberAnswer', params: { node: nodeId, option: i } },
        })),
        BACK: back(nodeId),
      },
    };
  }
  for (const id of Object.keys(states)) {
    if (id.startsWith('outcome:')) (states[id] as { on?: object }).on = { BACK: back(id) };
  }

  return setup({
    types: {
      context: {} as { answers: Answer[] },
      events: {} as TriageEvent,
    },
    guards: {
      isOption: ({ event }, params: { option: number }) => event.type === 'ANSWER' && event.option === params.option,
      lastAnswerWasAt: ({ context }, params: { node: string }) => context.answers.at(-1)?.node === params.node,
    },
    actions: {
      rememberAnswer: ({ context }, params: Answer) => {
        context.answers = [...context.answers, params];
      },
      forgetLastAnswer: ({ context }) => {
        context.answers = context.answers.slice(0, -1);
      },
      forgetAllAnswers: ({ context }) => {
        context.answers = [];
      },
    },
  }).createMachine({
    id: 'triage',
    context: { answers: [] },
    initial: tree.start,
    on: { RESTART: { target: `#triage.${tree.start}`, actions: 'forgetAllAnswers' } },
    states: states as never,
  });
}

export type TriageMachine = ReturnType<typeof createTriageMachine>;
export type TriageSnapshot = SnapshotFrom<TriageMachine>;

/**
 * One step of the triage, as the background answers the panel: the saved `answers` replayed from the
 * start, then `event` (none: only the replay, for a tree reopened with answers). An answer the question
 * does not have (the runbook changed since) is ignored, as the machine ignores it.
 */
export function triageStep(tree: DecisionTree, answers: readonly Answer[], event?: TriageEvent): TriageView {
  const actor = createActor(createTriageMachine(tree)).start();
  for (const { option } of answers) actor.send({ type: 'ANSWER', option });
  if (event) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { answers: snapshot.context.answers, value: String(snapshot.value) };
}
