import type { MatchResult } from '../lib/matching/match';

/** Other close matches; picking one shows that runbook. */
export function MatchList(props: {
  label: string;
  results: readonly MatchResult[];
  testId: 'alternative';
  onPick: (id: string) => void;
  /** How close each one is, in words (lib/matching/result-word.ts). */
  describe: (result: MatchResult) => string;
}) {
  if (props.results.length === 0) return null;
  return (
    <nav className="matches" aria-label={props.label}>
      <h3>{props.label}</h3>
      <ul>
        {props.results.map((r) => (
          <li key={r.id}>
            <button type="button" data-testid={props.testId} data-runbook-id={r.id} onClick={() => props.onPick(r.id)}>
              <span>{r.title}</span>
              {r.learned ? (
                <span className="learned" title="Agents on this site chose this runbook for similar tickets">
                  chosen for {r.learned} similar
                </span>
              ) : null}
              <span className="score">{props.describe(r)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
