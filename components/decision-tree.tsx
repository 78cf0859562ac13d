import { useEffect, useState } from 'react';
import { createActor } from 'xstate';
import { outcomeText } from '../lib/runbooks/outcome-text';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import { createTriageMachine, currentOutcome, currentQuestion, type Answer } from '../lib/runbooks/triage-machine';
import { triageNote, type TriageStep } from '../lib/tickets/work-note';
import { insertOrCopy, noteButtonLabel } from './note-actions';
import { useTicketActions } from './ticket-actions';
import { useMachine } from './hooks/use-machine';

function stepsOf(runbook: Runbook, answers: readonly Answer[]): TriageStep[] {
  return answers.map(({ node, option }) => {
    const question = runbook.tree.nodes[node];
    return { question: question?.question ?? node, answer: question?.options[option]?.label ?? '?' };
  });
}

/** The runbook's decision tree, one question at a time, driven by its XState machine. */
export function DecisionTree(props: {
  runbook: Runbook;
  answers: readonly Answer[];
  onAnswers: (answers: Answer[]) => void;
  onOpenStep: (stepId: string) => void;
}) {
  const { runbook, onAnswers } = props;
  const { insert, targetName, titleOf, openRunbook } = useTicketActions();
  // Saved answers are replayed once, when the tree mounts (it is keyed by runbook and ticket).
  const [restored] = useState(() => {
    const replay = createActor(createTriageMachine(runbook.tree)).start();
    for (const { option } of props.answers) replay.send({ type: 'ANSWER', option });
    const persisted = replay.getPersistedSnapshot();
    replay.stop();
    return persisted;
  });
  const [machine] = useState(() => createTriageMachine(runbook.tree));
  const [snapshot, actor] = useMachine(machine, restored);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const sub = actor.subscribe((s) => onAnswers(s.context.answers));
    return () => sub.unsubscribe();
  }, [actor, onAnswers]);

  const nodeId = currentQuestion(snapshot);
  const node = nodeId ? runbook.tree.nodes[nodeId] : undefined;
  const outcome = currentOutcome(runbook.tree, snapshot);
  const steps = stepsOf(runbook, snapshot.context.answers);
  const outcomeLine = outcome ? outcomeText(outcome, runbook, titleOf) : 'in progress';

  const copyPath = async (): Promise<void> =>
    setStatus(await insertOrCopy(insert, triageNote(runbook.title, steps, outcomeLine), targetName));

  return (
    <div className="tree" role="group" aria-label="Triage decision tree">
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
                onClick={() => actor.send({ type: 'ANSWER', option: i })}
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
          <button
            type="button"
            data-testid="tree-back"
            disabled={steps.length === 0}
            onClick={() => actor.send({ type: 'BACK' })}
          >
            Back
          </button>
          <button
            type="button"
            data-testid="tree-restart"
            disabled={steps.length === 0}
            onClick={() => actor.send({ type: 'RESTART' })}
          >
            Restart
          </button>
          <button
            type="button"
            data-testid="tree-copy-path"
            disabled={steps.length === 0}
            onClick={() => void copyPath()}
          >
            {noteButtonLabel(insert, targetName, 'path')}
          </button>
        </div>
      )}
      <p className="status" role="status">
        {status}
      </p>
    </div>
  );
}
