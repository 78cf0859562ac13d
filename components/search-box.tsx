import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { SEARCH_FLOOR } from '../lib/matching/result-word';
import type { MatchResult, Matcher } from '../lib/matching/match';

const LIMIT = 8;

/**
 * Searches every runbook; the agent's pick overrides the automatic match. A combobox with a listbox
 * (WAI-ARIA APG): the top hit is active, arrow keys move, Enter opens the active one, Escape clears.
 */
export function SearchBox(props: {
  matcher: Matcher;
  onPick: (id: string) => void;
  /** Only the popup, a search tool opened on purpose: the panel never takes focus on load. */
  autoFocus?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ownRef = useRef<HTMLInputElement>(null);
  const input = props.inputRef ?? ownRef;
  const listId = useId();
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, [props.autoFocus, input]);
  const searching = query.trim() !== '';
  const results: MatchResult[] = searching
    ? props.matcher.search(query, LIMIT).filter((r) => r.score >= SEARCH_FLOOR)
    : [];
  const current = results[Math.min(active, results.length - 1)];
  const optionId = (i: number): string => `${listId}-option-${i}`;
  const pick = (id: string): void => {
    setQuery('');
    setActive(0);
    props.onPick(id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (move && results.length > 0) {
      e.preventDefault();
      setActive((i) => (Math.min(i, results.length - 1) + move + results.length) % results.length);
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      pick(current.id);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
      setActive(0);
    }
  };
  return (
    <div className="search" role="search">
      <label>
        <span className="visually-hidden">Search all runbooks</span>
        <input
          ref={input}
          type="search"
          role="combobox"
          data-testid="search"
          placeholder="Search all runbooks…"
          value={query}
          maxLength={500}
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={current ? optionId(results.indexOf(current)) : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!results.length}>
        {results.map((r, i) => (
          <li
            key={r.id}
            id={optionId(i)}
            role="option"
            aria-selected={r === current}
            data-testid="search-result"
            data-runbook-id={r.id}
            // Keeps focus in the box, as the pattern asks; the click still picks.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(r.id)}
          >
            {r.title}
          </li>
        ))}
      </ul>
      {searching && results.length === 0 && (
        <p className="search-empty" data-testid="search-empty" role="status">
          No runbooks match “{query.trim().slice(0, 60)}”. Try the error message or a product name.
        </p>
      )}
    </div>
  );
}
