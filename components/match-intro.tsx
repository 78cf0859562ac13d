import type { ReactNode } from 'react';
import { CONFIDENCE_WORD, type Confidence } from '../lib/matching/confidence-word';

// Enough to say why on one line of a 400 px panel; the title and steps highlight every matched word.
const MAX_WORDS_SHOWN = 4;

/**
 * Under the title: why this runbook is shown (how sure, on which ticket words), the way back to the
 * automatic match after a pick, and the panel's controls beside the title ("Not this one?", Helpful).
 */
export function MatchIntro(props: {
  /** Null when the agent picked the runbook (search, alternative, related link). */
  confidence: Confidence | null;
  terms: readonly string[];
  /** Back to the automatic match, offered while the agent's pick replaces it. */
  onBack: (() => void) | null;
  children?: ReactNode;
}) {
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
        )}
        {props.onBack && (
          <>
            {' '}
            <button type="button" className="link" onClick={props.onBack}>
              Back to the automatic match
            </button>
          </>
        )}
      </p>
      {props.children}
    </div>
  );
}
