import { gapCsv, gapMarkdown } from '../../lib/learning/gap-export';
import { gapReport } from '../../lib/learning/gap-report';
import { retain, type Retention } from '../../lib/learning/retention';
import { isoDay } from '../../lib/runbooks/review-age';
import { ticketTrails } from '../../services/storage/items';
import { useStored } from '../hooks/use-stored';
import { download } from './download';

const SHOWN = 50;

/** Tickets that ended with no match and no pick, and runbooks agents turned away from, for knowledge owners. */
export function GapReport(props: { retention: Retention; titleOf: (id: string) => string; now: number }) {
  const [trails] = useStored(ticketTrails);
  const rows = gapReport(retain(trails, props.retention, props.now));
  const day = isoDay(props.now);
  return (
    <div className="gap-report">
      <h3>Knowledge gaps</h3>
      <p className="hint">
        Tickets with no confident match where no runbook was picked, and tickets where the panel showed one runbook and
        the agent used another, grouped by the words they share. Match words only, never ticket text.
      </p>
      {rows.length === 0 ? (
        <p data-testid="gap-empty">No gaps recorded.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>What</th>
              <th>Shared words</th>
              <th>Shown → picked</th>
              <th>Tickets</th>
              <th>Last seen</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <tr
                key={`${r.kind}|${r.shown}|${r.picked}|${r.terms.join(' ')}`}
                data-testid="gap-row"
                data-kind={r.kind}
              >
                <td>{r.kind === 'no-match' ? 'No match' : 'Confusion'}</td>
                <td>{r.terms.join(' ')}</td>
                <td>{r.kind === 'confusion' ? `${props.titleOf(r.shown!)} → ${props.titleOf(r.picked!)}` : ''}</td>
                <td>{r.count}</td>
                <td>{isoDay(r.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        <button
          type="button"
          data-testid="export-gaps-csv"
          onClick={() => download(gapCsv(rows), `runbook-lens-gaps-${day}.csv`, 'text/csv')}
        >
          Export as CSV
        </button>{' '}
        <button
          type="button"
          data-testid="export-gaps-markdown"
          onClick={() => download(gapMarkdown(rows, props.titleOf), `runbook-lens-gaps-${day}.md`, 'text/markdown')}
        >
          Export as Markdown
        </button>
      </div>
    </div>
  );
}
