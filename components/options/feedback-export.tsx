import { useState } from 'react';
import { feedbackCsv } from '../../lib/tickets/feedback-csv';
import { isoDay } from '../../lib/runbooks/review-age';
import type { Library } from '../../services/library/build-library';
import { feedbackMemory } from '../../services/storage/items';
import { useStored } from '../hooks/use-stored';
import { download } from './download';

/** The "Was this helpful?" votes of this browser as CSV, for the knowledge owners. */
export function FeedbackExport({ library }: { library: Library }) {
  const [memory] = useStored(feedbackMemory);
  const [message, setMessage] = useState('');
  const count = Object.keys(memory).length;
  const exportCsv = async (): Promise<void> => {
    const votes = await feedbackMemory.getValue();
    const csv = feedbackCsv(votes, (id) => library.byId.get(id)?.title ?? id);
    download(csv, `runbook-lens-feedback-${isoDay(Date.now())}.csv`, 'text/csv');
    setMessage(`Exported ${Object.keys(votes).length} vote(s).`);
  };
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      <p className="hint">
        {count} vote(s) from this browser (kept 30 days): runbook id, title, ticket key, vote, date. No ticket text.
      </p>
      <button type="button" data-testid="export-feedback" onClick={() => void exportCsv()}>
        Export feedback as CSV
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
