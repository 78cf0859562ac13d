import { useState } from 'react';
import { recall, remember, runbookOnTicket } from '../lib/tickets/ticket-memory';
import { feedbackMemory, type Vote } from '../services/storage/items';
import { useStored } from './hooks/use-stored';

/** "Was this helpful?" for this runbook on this ticket (a ticketRef); counts are this browser's own votes. */
export function Feedback({ runbookId, ticket }: { runbookId: string; ticket: string }) {
  const [memory, setMemory] = useStored(feedbackMemory);
  const [now] = useState(() => Date.now());
  const mine = recall(memory, runbookOnTicket(ticket, runbookId), now);
  const votes = Object.entries(memory).filter(([key]) => key.endsWith(`|${runbookId}`));
  const count = (vote: Vote): number => votes.filter(([, entry]) => entry.value === vote).length;
  const vote = (value: Vote): void =>
    setMemory((prev) => remember(prev, runbookOnTicket(ticket, runbookId), value, Date.now()));
  return (
    <div className="feedback" role="group" aria-label="Was this helpful?">
      <span>Helpful?</span>
      <button type="button" data-testid="helpful-yes" aria-pressed={mine === 'yes'} onClick={() => vote('yes')}>
        Yes <span className="count">{count('yes')}</span>
      </button>
      <button type="button" data-testid="helpful-no" aria-pressed={mine === 'no'} onClick={() => vote('no')}>
        No <span className="count">{count('no')}</span>
      </button>
    </div>
  );
}
