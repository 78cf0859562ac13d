import { useState } from 'react';
import type { MatchResult } from '../lib/matching/match';
import { remember, runbookOnTicket } from '../lib/tickets/ticket-memory';
import { feedbackMemory } from '../services/storage/items';
import { MatchList } from './match-list';

/**
 * "Not this one?" beside the runbook's title: shows the other close matches in place and sends the agent
 * to the search. Picking another runbook from here records a "not helpful" vote for the rejected one on
 * this ticket, the same record the Helpful buttons keep.
 */
export function NotThisOne(props: {
  runbookId: string;
  ticketKey: string;
  alternatives: readonly MatchResult[];
  describe: (result: MatchResult) => string;
  onOpen: () => void;
  onPick: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const pick = (id: string): void => {
    // Written straight to storage: picking unmounts this control before a state update would run.
    const key = runbookOnTicket(props.ticketKey, props.runbookId);
    void feedbackMemory
      .getValue()
      .then((prev) => feedbackMemory.setValue(remember(prev, key, 'no', Date.now())))
      .catch(() => {});
    props.onPick(id);
  };
  return (
    <div className="not-this-one">
      <button
        type="button"
        className="link"
        data-testid="not-this-one"
        aria-expanded={open}
        onClick={() => {
          setOpen(true);
          props.onOpen();
        }}
      >
        Not this one?
      </button>
      {open && (
        <MatchList
          label="Closest other runbooks"
          testId="alternative"
          results={props.alternatives}
          onPick={pick}
          describe={props.describe}
        />
      )}
      {open && props.alternatives.length === 0 && <p>No other runbook comes close. Search above.</p>}
    </div>
  );
}
