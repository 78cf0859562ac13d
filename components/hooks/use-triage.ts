import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecisionTree } from '../../lib/runbooks/runbook-schema';
import type { Answer, TriageEvent } from '../../lib/runbooks/triage-machine';
import { startOf, type TriageView } from '../../lib/runbooks/triage-state';
import { sendMessage } from '../../services/messaging';

export interface Triage {
  /** Where the tree stands; null while saved answers are being replayed. */
  view: TriageView | null;
  send(event: TriageEvent): void;
  /** The background did not answer (the extension was reloaded or updated under the page). */
  failed: boolean;
  /** For the pointer or focus coming to the tree: wakes the background for the click that follows. */
  prepare(): void;
}

/**
 * A runbook's triage as React state, stepped by the triage machine in the background (one message per
 * click; XState stays out of the script every ticket page parses). A fresh tree starts at once, with no
 * message; saved answers are replayed once, when the tree mounts (it is keyed by runbook and ticket). Only
 * the latest request's answer is taken, so quick clicks cannot land out of order. `onAnswers` hears each
 * change the agent makes.
 */
export function useTriage(
  tree: DecisionTree,
  saved: readonly Answer[],
  onAnswers: (answers: Answer[]) => void,
): Triage {
  const [initial] = useState(() => ({ tree, saved: [...saved] }));
  const [view, setView] = useState<TriageView | null>(() => (saved.length === 0 ? startOf(tree) : null));
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const heard = useRef(onAnswers);
  useEffect(() => {
    heard.current = onAnswers;
  }, [onAnswers]);

  const step = useCallback((at: DecisionTree, answers: readonly Answer[], event?: TriageEvent) => {
    const request = ++latest.current;
    sendMessage({ type: 'triage', tree: at, answers: [...answers], event }).then(
      (next) => {
        if (request !== latest.current) return;
        setView(next);
        setFailed(false);
        if (event) heard.current(next.answers);
      },
      () => {
        if (request === latest.current) setFailed(true);
      },
    );
  }, []);

  useEffect(() => {
    if (initial.saved.length > 0) step(initial.tree, initial.saved);
  }, [initial, step]);

  const answers = view?.answers ?? initial.saved;
  const send = useCallback((event: TriageEvent) => step(tree, answers, event), [step, tree, answers]);
  // Chrome stops an idle extension worker after 30 s, and waking it makes the click's answer 60–120 ms
  // slower: a message nobody waits for wakes it while the pointer or focus comes to the tree.
  const prepare = useCallback(() => void sendMessage({ type: 'triage', tree, answers: [] }).catch(() => {}), [tree]);
  return { view, send, failed, prepare };
}
