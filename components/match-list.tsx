import type { MatchResult } from '../lib/matching/match';

/** Other close matches / search results; picking one shows that runbook. */
export function MatchList(props: {
  label: string;
  results: readonly MatchResult[];
  testId: 'alternative' | 'search-result';
  onPick: (id: string) => void;
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
              <span className="score" aria-label={`score ${Math.round(r.score * 100)} percent`}>
                {Math.round(r.score * 100)}%
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
