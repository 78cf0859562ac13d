import { useId, useState } from 'react';
import { CONFIDENCE_WORD, type Confidence } from '../lib/matching/confidence-word';
import type { MatchResult } from '../lib/matching/match';
import { PANEL_HOST } from '../lib/panel-layout';
import { MatchList } from './match-list';

/** The panel's search box (search-box.tsx), in <runbook-lens>'s shadow root or the popup's document. */
function focusSearch(): void {
  const root = document.querySelector(PANEL_HOST)?.shadowRoot ?? document;
  root.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
}

const MAX_WORDS_SHOWN = 5;

/**
 * Why this runbook is shown (how sure, on which ticket words) and, one click away, the other close
 * matches in place: the agent who sees a wrong match corrects it without scrolling.
 */
export function MatchIntro(props: {
  /** Null when the agent picked the runbook (search, alternative, related link). */
  confidence: Confidence | null;
  terms: readonly string[];
  alternatives: readonly MatchResult[];
  onPick: (id: string) => void;
  /** Back to the automatic match, offered while the agent's pick replaces it. */
  onBack: (() => void) | null;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const words = props.terms.slice(0, MAX_WORDS_SHOWN);
  return (
    <div className="match-intro">
      <p className="match-why" data-testid="match-why">
        {props.confidence ? (
          <>
            <span className={`confidence confidence-${props.confidence}`} data-testid="confidence">
              {CONFIDENCE_WORD[props.confidence]}
            </span>
            {words.length > 0 && (
              <>
                {' on '}
                {words.map((w, i) => (
                  <span key={w}>
                    {i > 0 && ', '}
                    <mark>{w}</mark>
                  </span>
                ))}
              </>
            )}
          </>
        ) : (
          <span>Picked by you</span>
        )}{' '}
        <button
          type="button"
          className="link"
          data-testid="not-this-one"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          Not this one?
        </button>
        {props.onBack && (
          <>
            {' '}
            <button type="button" className="link" onClick={props.onBack}>
              Back to the automatic match
            </button>
          </>
        )}
      </p>
      {open && (
        <div id={listId} className="alternatives-inline">
          {props.alternatives.length > 0 ? (
            <MatchList label="Other matches" testId="alternative" results={props.alternatives} onPick={props.onPick} />
          ) : (
            <p className="hint">No other runbook comes close.</p>
          )}
          <p className="hint">
            Or{' '}
            <button type="button" className="link" data-testid="not-this-one-search" onClick={focusSearch}>
              search every runbook
            </button>
            .
          </p>
        </div>
      )}
    </div>
  );
}
