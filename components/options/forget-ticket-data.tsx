import { useState } from 'react';
import { forgetTicketData } from '../../services/storage/forget-ticket-data';

/** Empties what the extension remembers per ticket (tree answers, votes, learning); see docs/privacy.md. */
export function ForgetTicketData() {
  const [message, setMessage] = useState('');
  const forget = async (): Promise<void> => {
    const count = await forgetTicketData();
    setMessage(
      `Forgot ${count} stored ticket entr${count === 1 ? 'y' : 'ies'} (tree answers, votes, learned examples and gap records).`,
    );
  };
  return (
    <section aria-labelledby="ticket-data-heading">
      <h2 id="ticket-data-heading">Stored ticket data</h2>
      <p className="hint">
        Tree answers and "Was this helpful?" votes are kept per ticket number (never its text) for 30 days, at most 300
        of each; learned examples and knowledge-gap records as set under “Learning from picks”. Export the votes and
        gaps first if the knowledge owners need them.
      </p>
      <button type="button" data-testid="forget-ticket-data" onClick={() => void forget()}>
        Forget stored ticket data
      </button>
      <p role="status" data-testid="forget-ticket-data-status">
        {message}
      </p>
    </section>
  );
}
