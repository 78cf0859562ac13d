import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { examplesOf } from '../../lib/learning/example-store';
import { retain } from '../../lib/learning/retention';
import type { Learning, MatchOutcome } from '../../lib/matching/match';
import type { LearningSettings } from '../../lib/settings/settings';
import type { Ticket } from '../../lib/tickets/ticket';
import { recordExample, recordTrail, retentionOf } from '../../services/learning/learning-store';
import { learnedExamples } from '../../services/storage/items';
import { useStored } from './use-stored';

/** Buttons that mean the agent is working with the runbook shown (contract test ids). */
const USES = new Set(['copy', 'insert-work-note', 'tree-option', 'tree-copy-path', 'helpful-yes']);

/**
 * This site's examples for the matcher (lib/learning), within retention, except the open ticket's own:
 * what the agent teaches here applies to later tickets, and "Not helpful" must not pull the runbook
 * out from under the agent who pressed it. The list itself stays the same from ticket to ticket (the
 * matcher indexes it once). `ready` is false while it loads: the trail then waits, because the
 * examples may change what the panel shows.
 */
export function useLearnedExamples(
  settings: LearningSettings,
  ticketKey: string,
): { learning: Learning | undefined; ready: boolean } {
  const [stored, , loaded] = useStored(learnedExamples);
  const [now] = useState(() => Date.now());
  const origin = location.origin;
  const examples = useMemo(
    () => (settings.enabled && loaded ? examplesOf(retain(stored, retentionOf(settings), now), origin) : undefined),
    [stored, loaded, settings, now, origin],
  );
  const learning = useMemo(() => (examples ? { examples, ticket: ticketKey } : undefined), [examples, ticketKey]);
  return { learning, ready: loaded || !settings.enabled };
}

/**
 * Records what the panel learns from: the ticket's trail (what was shown, for the knowledge-gap
 * report), a lesson when the agent uses a runbook they picked, a negative one when they mark the
 * automatic match "Not helpful". Returns a capture-phase click handler for around the runbook: clicks
 * are read by contract test id, so the command, tree and feedback components stay unaware of learning.
 */
export function useLearningRecorder(
  ticket: Ticket,
  terms: readonly string[],
  settings: LearningSettings,
  outcome: MatchOutcome | null,
  shown: { id: string | null; picked: boolean },
): (event: { target: EventTarget | null }) => void {
  const origin = location.origin;
  const automatic = outcome?.confident?.id ?? null;
  // Once per ticket shown: the outcome changes again whenever examples change (a "Forget all" in the
  // options page must not be undone by an open ticket writing its trail back).
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (outcome === null || recorded.current === ticket.key) return;
    recorded.current = ticket.key;
    recordTrail({ origin, ticket: ticket.key, terms: [...terms], shown: automatic, at: Date.now() }, settings).catch(
      () => {},
    );
  }, [outcome, origin, ticket.key, terms, automatic, settings]);

  return useCallback(
    (event: { target: EventTarget | null }) => {
      const id = shown.id;
      const target = event.target instanceof Element ? event.target : null;
      const testId = target?.closest('[data-testid]')?.getAttribute('data-testid');
      if (!id || !testId || terms.length === 0) return;
      const base = { origin, ticket: ticket.key, terms: [...terms], runbook: id, at: Date.now() };
      // "Not this one?" then another runbook: the same "not helpful" vote for the automatic match.
      const rejected = testId === 'alternative' && target?.closest('.not-this-one') != null;
      if ((testId === 'helpful-no' || rejected) && !shown.picked) {
        recordExample({ ...base, negative: true }, settings).catch(() => {});
      } else if (USES.has(testId) && shown.picked) {
        recordExample({ ...base, negative: false }, settings).catch(() => {});
        recordTrail({ origin, ticket: ticket.key, terms: base.terms, picked: id, at: base.at }, settings).catch(
          () => {},
        );
      }
    },
    [shown.id, shown.picked, origin, ticket.key, terms, settings],
  );
}
