import type { DecisionTree, Outcome } from './runbook-schema';
import type { Answer } from './triage-machine';

/**
 * Where a runbook's triage stands: the answers so far and the machine's state (a question's node id, or
 * `outcome:<node>:<option>`). The triage machine (triage-machine.ts, XState) runs in the background; the
 * panel renders this, so the script every ticket page parses carries no XState (issue #20).
 */
export interface TriageView {
  answers: Answer[];
  value: string;
}

/** Before any answer: the start question (the machine's initial state). */
export const startOf = (tree: DecisionTree): TriageView => ({ answers: [], value: tree.start });

/** The current question's node id, or null at an outcome. Takes a view or the machine's snapshot. */
export function currentQuestion(state: { value: unknown }): string | null {
  const value = String(state.value);
  return value.startsWith('outcome:') ? null : value;
}

/** The outcome reached, or null while questions remain. */
export function currentOutcome(tree: DecisionTree, state: { value: unknown }): Outcome | null {
  const value = String(state.value);
  if (!value.startsWith('outcome:')) return null;
  const [, node, option] = value.split(':');
  const chosen = tree.nodes[node!]?.options[Number(option)];
  return chosen && 'outcome' in chosen ? chosen.outcome : null;
}
