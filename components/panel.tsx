import { useCallback, useEffect, useMemo, useState } from 'react';
import { isCollapsed } from '../lib/panel-layout';
import { sourceLabel } from '../lib/packs/pack-merge';
import type { Ticket } from '../lib/tickets/ticket';
import { recall, remember } from '../lib/tickets/ticket-memory';
import type { Answer } from '../lib/runbooks/triage-machine';
import { Feedback } from './feedback';
import { MatchList } from './match-list';
import type { InsertNote } from './note-actions';
import { ResizeHandle } from './resize-handle';
import { RunbookView } from './runbook-view';
import { SearchBox } from './search-box';
import { TicketActionsProvider } from './ticket-actions';
import { panelPrefs, triageMemory } from '../services/storage/items';
import { useStored } from './hooks/use-stored';
import type { Library } from '../services/library/build-library';

export interface PanelProps {
  library: Library;
  ticket: Ticket;
  insert: InsertNote;
  /** The toggle shortcut as Chromium assigned it ('' when unassigned). */
  shortcut: string;
  /** Called with the width the page should leave free beside the panel (null when collapsed). */
  onLayout?: (width: number | null) => void;
  /** Which edge the panel docks to (settings; 'right' by default). */
  side?: 'left' | 'right';
  /** How the panel starts until the agent toggles it (settings: default state). */
  defaultState?: 'open' | 'collapsed';
}

const TARGET_NAME = { servicenow: 'work notes', jira: 'internal note' } as const;

export function Panel({
  library,
  ticket,
  insert,
  shortcut,
  onLayout,
  side = 'right',
  defaultState = 'open',
}: PanelProps) {
  const [prefs, setPrefs] = useStored(panelPrefs);
  const [triage, setTriage, triageLoaded] = useStored(triageMemory);
  // The agent's pick (search, alternative, related link) holds for the ticket it was made on.
  const [pick, setPick] = useState<{ ticketKey: string; id: string } | null>(null);
  const picked = pick?.ticketKey === ticket.key ? pick.id : null;
  const setPicked = useCallback(
    (id: string | null) => setPick(id ? { ticketKey: ticket.key, id } : null),
    [ticket.key],
  );
  const [now] = useState(() => Date.now());
  const outcome = useMemo(() => library.matcher.match(ticket.summary), [library, ticket.summary]);

  const shownId = picked ?? outcome.confident?.id ?? null;
  const runbook = shownId ? library.byId.get(shownId) : undefined;
  const terms = picked ? [] : (outcome.confident?.terms ?? []);
  const alternatives = outcome.results.filter((r) => r.id !== shownId).slice(0, 4);
  const memoryKey = runbook ? `${ticket.key}|${runbook.id}` : '';
  const answers = runbook ? (recall(triage, memoryKey, now) ?? []) : [];
  const onAnswers = useCallback(
    (next: Answer[]) => setTriage((prev) => remember(prev, memoryKey, next, Date.now())),
    [memoryKey, setTriage],
  );
  const actions = useMemo(
    () => ({
      insert,
      targetName: TARGET_NAME[ticket.site],
      titleOf: (id: string) => library.byId.get(id)?.title ?? id,
      openRunbook: setPicked,
    }),
    [insert, ticket.site, library, setPicked],
  );
  const collapsed = isCollapsed(prefs.collapsed, defaultState);
  useEffect(() => onLayout?.(collapsed ? null : prefs.width), [onLayout, collapsed, prefs.width]);

  if (collapsed) {
    return (
      <div className={`panel collapsed side-${side}`} data-testid="panel" data-state="collapsed" data-side={side}>
        <button
          type="button"
          className="tab"
          aria-label={`Open Runbook Lens${shortcut ? ` (${shortcut})` : ''}`}
          onClick={() => setPrefs((p) => ({ ...p, collapsed: false }))}
        >
          Runbook Lens
        </button>
      </div>
    );
  }

  return (
    <aside
      className={`panel open side-${side}`}
      data-testid="panel"
      data-state="open"
      data-side={side}
      aria-label="Runbook Lens"
      style={{ width: prefs.width }}
    >
      <ResizeHandle side={side} width={prefs.width} onResize={(width) => setPrefs((p) => ({ ...p, width }))} />
      <header className="panel-header">
        <h1>Runbook Lens</h1>
        {shortcut && (
          <kbd className="shortcut" title="Show or hide the panel">
            {shortcut}
          </kbd>
        )}
        <button
          type="button"
          data-testid="collapse"
          aria-label="Collapse panel"
          onClick={() => setPrefs((p) => ({ ...p, collapsed: true }))}
        >
          {side === 'left' ? '⟨' : '⟩'}
        </button>
      </header>
      <TicketActionsProvider value={actions}>
        <div className="panel-body">
          <p className="ticket">
            <span className="ticket-key">{ticket.key}</span>{' '}
            <span data-testid="ticket-text" className="ticket-text">
              {ticket.summary.slice(0, 500)}
            </span>
          </p>
          <SearchBox matcher={library.matcher} onPick={setPicked} autoFocus={!runbook} />
          {!runbook && (
            <div className="no-match" data-testid="no-match" role="status">
              <h2>No confident match</h2>
              <p>
                No runbook fits this ticket with confidence. Search above, or pick one of the closest runbooks below.
              </p>
            </div>
          )}
          {!runbook && (
            <MatchList label="Closest runbooks" testId="alternative" results={outcome.results} onPick={setPicked} />
          )}
          {runbook && triageLoaded && (
            <>
              {picked && outcome.confident?.id !== picked && (
                <button type="button" className="link" onClick={() => setPicked(null)}>
                  Back to the automatic match
                </button>
              )}
              <RunbookView
                key={`${ticket.key}|${runbook.id}`}
                runbook={runbook}
                terms={terms}
                answers={answers}
                onAnswers={onAnswers}
                source={sourceLabel(library.sources.get(runbook.id))}
                now={now}
              />
              <Feedback runbookId={runbook.id} ticketKey={ticket.key} />
              <MatchList label="Other matches" testId="alternative" results={alternatives} onPick={setPicked} />
            </>
          )}
        </div>
      </TicketActionsProvider>
    </aside>
  );
}
