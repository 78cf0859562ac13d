import { useCallback, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { sourceLabel } from '../../lib/packs/pack-merge';
import type { Answer } from '../../lib/runbooks/triage-machine';
import type { Library } from '../../services/library/build-library';
import { placeholderDefaults } from '../../lib/runbooks/placeholder-defaults';
import { useEffective } from '../hooks/use-effective';
import { RunbookView } from '../runbook-view';
import { SearchBox } from '../search-box';
import { useOpenAtTop } from '../hooks/use-open-at-top';
import { TicketActionsProvider } from '../ticket-actions';

/**
 * The toolbar popup (also usable as a tab: popup.html?runbook=<id>): search every runbook, bundled and
 * from packs, and read one with the panel's own components. There is no ticket here, so nothing is
 * inserted (insert=null: the note buttons put the text on the clipboard) and tree answers are not kept.
 */
export function RunbookFinder({ library, initialId }: { library: Library; initialId: string | null }) {
  const [trail, setTrail] = useState<string[]>(initialId ? [initialId] : []);
  const [answers, setAnswers] = useState<Record<string, Answer[]>>({});
  const [now] = useState(() => Date.now());
  const id = trail.at(-1) ?? null;
  const runbook = id ? library.byId.get(id) : undefined;
  // No ticket here: commands start with the organisation's values only.
  const orgValues = useEffective()?.settings.orgValues;
  const defaults = useMemo(() => placeholderDefaults(null, orgValues ?? {}), [orgValues]);
  // Every change of runbook (search, related, back) opens the new one at its top.
  const [switches, setSwitches] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  useOpenAtTop(body, switches);
  const go = useCallback((next: (trail: string[]) => string[]) => {
    setTrail(next);
    setSwitches((n) => n + 1);
  }, []);
  const open = useCallback((next: string) => go((t) => [...t, next]), [go]);
  const onAnswers = useCallback((next: Answer[]) => id && setAnswers((a) => ({ ...a, [id]: next })), [id]);
  return (
    <div className="panel open page" data-testid="finder">
      <header className="panel-header">
        <h1>Runbook Lens</h1>
        {runbook && (
          <a href={`popup.html?runbook=${encodeURIComponent(runbook.id)}`} target="_blank" rel="noopener">
            Open in a tab
          </a>
        )}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <div className="panel-body" ref={body}>
        <SearchBox matcher={library.matcher} onPick={(picked) => go(() => [picked])} autoFocus={!runbook} />
        {!runbook && (
          <p className="hint" data-testid="finder-hint">
            Search {library.runbooks.length} runbooks by problem, error text or code.
          </p>
        )}
        {runbook && (
          <>
            {trail.length > 1 && (
              <button
                type="button"
                className="link"
                data-testid="finder-back"
                onClick={() => go((t) => t.slice(0, -1))}
              >
                ← Back
              </button>
            )}
            <TicketActionsProvider
              value={{
                insert: null,
                targetName: 'ticket note',
                titleOf: (other) => library.byId.get(other)?.title ?? other,
                openRunbook: open,
                placeholderDefaults: defaults,
                ticketPlatform: null,
              }}
            >
              <RunbookView
                key={runbook.id}
                runbook={runbook}
                terms={[]}
                answers={answers[runbook.id] ?? []}
                onAnswers={onAnswers}
                source={sourceLabel(library.sources.get(runbook.id))}
                now={now}
              />
            </TicketActionsProvider>
          </>
        )}
      </div>
    </div>
  );
}
