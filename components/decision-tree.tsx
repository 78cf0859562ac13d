import { useState } from 'react';
import { outcomeText } from '../lib/runbooks/outcome-text';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import type { Answer } from '../lib/runbooks/triage-machine';
import { currentOutcome, currentQuestion } from '../lib/runbooks/triage-state';
import { triageNote, type TriageStep } from '../lib/tickets/work-note';
import { insertOrCopy, noteButtonLabel } from './note-actions';
import { useTicketActions } from './ticket-actions';
import { useTriage } from './hooks/use-triage';

function stepsOf(runbook: Runbook, answers: readonly Answer[]): TriageStep[] {
  return answers.map(({ node, option }) => {
    const question = runbook.tree.nodes[node];
    return { question: question?.question ?? node, answer: question?.options[option]?.label ?? '?' };
  });
}

/** The runbook's decision tree, one question at a time, driven by its XState machine (in the background). */
export function DecisionTree(props: {
  runbook: Runbook;
  answers: readonly Answer[];
  onAnswers: (answers: Answer[]) => void;
  onOpenStep: (stepId: string) => void;
}) {
  const { runbook, onAnswers } = props;
  const { insert, targetName, titleOf, openRunbook } = useTicketActions();
  const { view, send, failed, prepare } = useTriage(runbook.tree, props.answers, onAnswers);
  const [status, setStatus] = useState('');
  // While saved answers are replayed (a few ms): the path so far, no question yet.
  const state = view ?? { answers: props.answers, value: '' };

  const nodeId = currentQuestion(state);
  const node = nodeId ? runbook.tree.nodes[nodeId] : undefined;
  const outcome = currentOutcome(runbook.tree, state);
  const steps = stepsOf(runbook, state.answers);
  const outcomeLine = outcome ? outcomeText(outcome, runbook, titleOf) : 'in progress';

  const copyPath = async (): Promise<void> =>
    setStatus(await insertOrCopy(insert, triageNote(runbook.title, steps, outcomeLine), targetName));

  return (
    <div className="tree" role="group" aria-label="Triage decision tree" onPointerEnter={prepare} onFocus={prepare}>
      {steps.length > 0 && (
        <ol className="tree-path" aria-label="Answers so far">
          {steps.map((s, i) => (
            <li key={i}>
              {s.question} <strong>→ {s.answer}</strong>
            </li>
          ))}
        </ol>
      )}
      {node && (
        <fieldset className="tree-node">
          <legend data-testid="tree-question">{node.question}</legend>
          {node.hint && <p className="hint">{node.hint}</p>}
          <div className="tree-options">
            {node.options.map((option, i) => (
              <button
                type="button"
                key={i}
                data-testid="tree-option"
                onClick={() => send({ type: 'ANSWER', option: i })}
              >
                {option.label}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {outcome && (
        <div className={`tree-outcome outcome-${outcome.type}`} data-testid="tree-outcome" data-outcome={outcome.type}>
          <p>{outcomeLine}</p>
          {outcome.type === 'resolved' && (
            <button type="button" className="link" onClick={() => props.onOpenStep(outcome.step)}>
              Go to the step
            </button>
          )}
          {outcome.type === 'runbook' && (
            <button type="button" className="link" onClick={() => openRunbook(outcome.runbook)}>
              Open that runbook
            </button>
          )}
        </div>
      )}
      {/* Nothing to go back to, restart or note before the first answer: the row waits for one. */}
      {steps.length > 0 && (
        <div className="tree-actions">
          <button type="button" data-testid="tree-back" onClick={() => send({ type: 'BACK' })}>
            Back
          </button>
          <button type="button" data-testid="tree-restart" onClick={() => send({ type: 'RESTART' })}>
            Restart
          </button>
          <button type="button" data-testid="tree-copy-path" onClick={() => void copyPath()}>
            {noteButtonLabel(insert, targetName, 'path')}
          </button>
        </div>
      )}
      <p className="status" role="status">
        {failed ? 'The tree did not answer: reload the page to go on.' : status}
      </p>
    </div>
  );
}
