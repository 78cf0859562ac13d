import { useEffect, useRef, useState } from 'react';
import type { MatchResult, Matcher } from '../lib/matching/match';
import { MatchList } from './match-list';

/** Searches every runbook; the agent's pick overrides the automatic match. */
export function SearchBox(props: { matcher: Matcher; onPick: (id: string) => void; autoFocus: boolean }) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, [props.autoFocus]);
  const results: MatchResult[] = query.trim() ? props.matcher.search(query, 8) : [];
  return (
    <div className="search" role="search">
      <label>
        <span className="visually-hidden">Search all runbooks</span>
        <input
          ref={input}
          type="search"
          data-testid="search"
          placeholder="Search all runbooks…"
          value={query}
          maxLength={500}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <MatchList
        label="Search results"
        testId="search-result"
        results={results}
        onPick={(id) => {
          setQuery('');
          props.onPick(id);
        }}
      />
    </div>
  );
}
