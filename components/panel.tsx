import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isCollapsed } from '../lib/panel-layout';
import { confidenceOf } from '../lib/matching/confidence-word';
import { placeholderDefaults } from '../lib/runbooks/placeholder-defaults';
import { inferTicketPlatform } from '../lib/tickets/ticket-platform';
import { sourceLabel } from '../lib/packs/pack-merge';
import type { MatchResult } from '../lib/matching/match';
import type { Ticket } from '../lib/tickets/ticket';
import { recall, remember, ticketRef } from '../lib/tickets/ticket-memory';
import type { Answer } from '../lib/runbooks/triage-machine';
import { resultWord } from '../lib/matching/result-word';
import { Feedback } from './feedback';
import { MatchIntro } from './match-intro';
import { MatchList } from './match-list';
import { NotThisOne } from './not-this-one';
import type { InsertNote } from './note-actions';
import { ResizeHandle } from './resize-handle';
import { RunbookView } from './runbook-view';
import { SearchBox } from './search-box';
import { TicketActionsProvider } from './ticket-actions';
import { panelPrefs, triageMemory } from '../services/storage/items';
import { useStored } from './hooks/use-stored';
import { useLearnedExamples, useLearningRecorder } from './hooks/use-learning';
import { DEFAULT_LEARNING, type LearningSettings } from '../lib/settings/settings';
import { useFocusRequest } from './hooks/use-focus-request';
import { useOpenAtTop } from './hooks/use-open-at-top';
import type { Library } from '../services/library/build-library';

export interface PanelProps {
  library: Library;
  ticket: Ticket;
  insert: InsertNote;
  /** The toggle shortcut as Chromium assigned it ('' when unassigned). */
  shortcut: string;
  /** Grows each time the keyboard shortcut opens the panel: the search then takes focus. */
  focusRequests?: number;
  /** Called with the width the page should leave free beside the panel (null when collapsed). */
  onLayout?: (width: number | null) => void;
  /** Which edge the panel docks to (settings; 'right' by default). */
  side?: 'left' | 'right';
  /** How the panel starts until the agent toggles it (settings: default state). */
  defaultState?: 'open' | 'collapsed';
  /** Organisation values for command placeholders (settings and policy). */
  orgValues?: Readonly<Record<string, string>>;
  /** Learning from the agent's picks (settings, policy). */
  learningSettings?: LearningSettings;
  /** The page's origin: per-ticket memory (tree answers, votes, the section last opened) is kept per tenant. */
  origin: string;
}

const NO_VALUES: Readonly<Record<string, string>> = {};

const TARGET_NAME = { servicenow: 'work notes', jira: 'internal note' } as const;

export function Panel({
  library,
  ticket,
  insert,
  shortcut,
  focusRequests = 0,
  onLayout,
  side = 'right',
  defaultState = 'open',
  orgValues = NO_VALUES,
  learningSettings = DEFAULT_LEARNING,
  origin,
}: PanelProps) {
  const [prefs, setPrefs] = useStored(panelPrefs);
  const [triage, setTriage, triageLoaded] = useStored(triageMemory);
  // The agent's pick (search, alternative, related link) holds for the ticket it was made on.
  const [pick, setPick] = useState<{ ticketKey: string; id: string } | null>(null);
  const picked = pick?.ticketKey === ticket.key ? pick.id : null;
  // Each pick is a switch of runbook: the new one opens at its top (use-open-at-top.ts).
  const [switches, setSwitches] = useState(0);
  const setPicked = useCallback(
    (id: string | null) => {
      setPick(id ? { ticketKey: ticket.key, id } : null);
      setSwitches((n) => n + 1);
    },
    [ticket.key],
  );
  const [now] = useState(() => Date.now());
  const { learning, ready } = useLearnedExamples(learningSettings, ticket.key);
  const outcome = useMemo(() => library.matcher.match(ticket.summary, learning), [library, ticket.summary, learning]);

  const shownId = picked ?? outcome.confident?.id ?? null;
  const ticketTerms = library.matcher.terms(ticket.summary);
  const onRunbookClick = useLearningRecorder(ticket, ticketTerms, learningSettings, ready ? outcome : null, {
    id: shownId,
    picked: picked !== null && picked !== outcome.confident?.id,
  });
  const learnedCount = picked ? 0 : (outcome.confident?.learned ?? 0);
  const runbook = shownId ? library.byId.get(shownId) : undefined;
  const terms = picked ? [] : (outcome.confident?.terms ?? []);
  const alternatives = outcome.results.filter((r) => r.id !== shownId).slice(0, 4);
  const ref = ticketRef(origin, ticket.key);
  // Same key as runbookOnTicket (lib/tickets/ticket-memory.ts), written out for the React compiler.
  const memoryKey = runbook ? `${ref}|${runbook.id}` : '';
  const answers = runbook ? (recall(triage, memoryKey, now) ?? []) : [];
  const onAnswers = useCallback(
    (next: Answer[]) => setTriage((prev) => remember(prev, memoryKey, next, Date.now())),
    [memoryKey, setTriage],
  );
  const { callerName, callerEmail, configurationItem } = ticket;
  const defaults = useMemo(
    () => placeholderDefaults({ callerName, callerEmail, configurationItem }, orgValues),
    [callerName, callerEmail, configurationItem, orgValues],
  );
  const ticketPlatform = useMemo(
    () => inferTicketPlatform(ticket.summary, ticket.description),
    [ticket.summary, ticket.description],
  );
  const actions = useMemo(
    () => ({
      insert,
      targetName: TARGET_NAME[ticket.site],
      titleOf: (id: string) => library.byId.get(id)?.title ?? id,
      openRunbook: setPicked,
      placeholderDefaults: defaults,
      ticketPlatform,
    }),
    [insert, ticket.site, library, setPicked, defaults, ticketPlatform],
  );
  const collapsed = isCollapsed(prefs.collapsed, defaultState);
  useEffect(() => onLayout?.(collapsed ? null : prefs.width), [onLayout, collapsed, prefs.width]);
  const search = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [tabClicks, setTabClicks] = useState(0);
  useFocusRequest(search, focusRequests + tabClicks, !collapsed);
  useOpenAtTop(body, switches);
  const describe = useCallback((r: MatchResult) => resultWord(r, outcome), [outcome]);

  if (collapsed) {
    return (
      <div className={`panel collapsed side-${side}`} data-testid="panel" data-state="collapsed" data-side={side}>
        <button
          type="button"
          className="tab"
          aria-label={`Open Runbook Lens${shortcut ? ` (${shortcut})` : ''}`}
          onClick={() => {
            setPrefs((p) => ({ ...p, collapsed: false }));
            setTabClicks((n) => n + 1);
          }}
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
        <div className="panel-body" ref={body}>
          <p className="ticket">
            <span className="ticket-key">{ticket.key}</span>{' '}
            <span data-testid="ticket-text" className="ticket-text">
              {ticket.summary.slice(0, 500)}
            </span>
          </p>
          <SearchBox matcher={library.matcher} onPick={setPicked} inputRef={search} />
          {!runbook && (
            <div className="no-match" data-testid="no-match" role="status">
              <h2>No confident match</h2>
              <p>
                No runbook fits this ticket with confidence. Search above, or pick one of the closest runbooks below.
              </p>
            </div>
          )}
          {!runbook && (
            <MatchList
              label="Closest runbooks"
              testId="alternative"
              results={outcome.results}
              onPick={setPicked}
              describe={describe}
            />
          )}
          {runbook && triageLoaded && (
            <div className="runbook-area" onClickCapture={onRunbookClick}>
              <RunbookView
                key={memoryKey}
                runbook={runbook}
                terms={terms}
                answers={answers}
                onAnswers={onAnswers}
                source={sourceLabel(library.sources.get(runbook.id))}
                now={now}
                why={
                  learnedCount > 0
                    ? `You chose this for ${learnedCount} similar ticket${learnedCount === 1 ? '' : 's'}`
                    : undefined
                }
                sectionKey={`${origin}|${ticket.key}`}
                restoreSection={!picked}
                intro={
                  <MatchIntro
                    confidence={picked ? null : confidenceOf(outcome)}
                    terms={terms}
                    onBack={picked && outcome.confident?.id !== picked ? () => setPicked(null) : null}
                  >
                    <div className="title-aside">
                      <NotThisOne
                        key={`${ticket.key}|${runbook.id}`}
                        runbookId={runbook.id}
                        ticketKey={ref}
                        alternatives={alternatives}
                        describe={describe}
                        onOpen={() => search.current?.focus()}
                        onPick={setPicked}
                      />
                      <Feedback runbookId={runbook.id} ticket={ref} />
                    </div>
                  </MatchIntro>
                }
              />
              <MatchList
                label="Other matches"
                testId="alternative"
                results={alternatives}
                onPick={setPicked}
                describe={describe}
              />
            </div>
          )}
        </div>
      </TicketActionsProvider>
    </aside>
  );
}
