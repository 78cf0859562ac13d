import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { PANEL_HOST, type RunbookSection } from '../lib/panel-layout';
import { isoDay, isReviewStale } from '../lib/runbooks/review-age';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import type { Answer } from '../lib/runbooks/triage-machine';
import { recall, remember } from '../lib/tickets/ticket-memory';
import { sectionMemory } from '../services/storage/items';
import { CommandList } from './command-list';
import { DecisionTree } from './decision-tree';
import { Highlight } from './highlight';
import { useSectionInView } from './hooks/use-section-in-view';
import { useStored } from './hooks/use-stored';
import { SECTION_LABEL, SectionBar } from './section-bar';
import { StepList } from './step-list';
import { useTicketActions } from './ticket-actions';

function List({ items, terms }: { items: readonly string[]; terms: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>
          <Highlight text={item} terms={terms} />
        </li>
      ))}
    </ul>
  );
}

export interface RunbookViewProps {
  runbook: Runbook;
  terms: readonly string[];
  answers: readonly Answer[];
  onAnswers: (answers: Answer[]) => void;
  /** Where the runbook comes from ("Bundled", "Pack: …"); omitted, nothing is shown. */
  source?: string;
  now: number;
  /** Why the panel chose this runbook, when it was learned ("You chose this for 3 similar tickets"). */
  why?: string | undefined;
  /** Under the title: why this runbook, and the way to another (the panel's match intro). */
  intro?: ReactNode;
  /** `<page origin>|<ticket key>`: where the section last opened is remembered; none in the popup. */
  sectionKey?: string;
  /** Whether to open at the remembered section (the automatic match); a runbook the agent switched to opens at the top. */
  restoreSection?: boolean;
}

/** An element of the runbook: the panel lives in <runbook-lens>'s shadow root, the popup in the document. */
const byId = (id: string): HTMLElement | null =>
  (document.querySelector(PANEL_HOST)?.shadowRoot ?? document).getElementById(id);

/** The section last opened for this ticket, and a setter that remembers it. */
function useRememberedSection(key: string | undefined, now: number) {
  const [memory, setMemory, loaded] = useStored(sectionMemory);
  const [chosen, setChosen] = useState<RunbookSection | null>(null);
  const remembered = key ? recall(memory, key, now) : undefined;
  const choose = useCallback(
    (section: RunbookSection) => {
      setChosen(section);
      if (key)
        setMemory((prev) =>
          recall(prev, key, Date.now()) === section ? prev : remember(prev, key, section, Date.now()),
        );
    },
    [key, setMemory],
  );
  return { section: chosen ?? remembered ?? 'triage', remembered: loaded ? (remembered ?? null) : undefined, choose };
}

export function RunbookView(props: RunbookViewProps) {
  const { runbook, terms } = props;
  const { titleOf, openRunbook } = useTicketActions();
  const [openStep, setOpenStep] = useState<string | null>(null);
  const stale = isReviewStale(runbook.lastReviewed, isoDay(props.now));
  const { section, remembered, choose } = useRememberedSection(props.sectionKey, props.now);
  // A click on the bar wins over the scroll it causes (the last sections may not reach the bar).
  const clickedAt = useRef(0);
  const go = (id: RunbookSection): void => {
    clickedAt.current = Date.now();
    choose(id);
    const element = byId(`section-${id}`);
    element?.scrollIntoView({ block: 'start' });
    // Moves the screen reader and keyboard there too; the heading is the section's focus target.
    element?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
  };
  // Back on a ticket, the section the agent last went to is where the runbook opens (triage is the top).
  const restored = useRef(false);
  useEffect(() => {
    if (remembered === undefined || restored.current) return;
    restored.current = true;
    if (props.restoreSection && remembered && remembered !== 'triage')
      byId(`section-${remembered}`)?.scrollIntoView({ block: 'start' });
  }, [remembered, props.restoreSection]);
  const openStepAndScroll = (id: string): void => {
    setOpenStep(id);
    requestAnimationFrame(() => {
      byId(`step-${id}`)?.scrollIntoView({ block: 'nearest' });
    });
  };
  const available: RunbookSection[] = [
    'triage',
    ...(runbook.commands.length > 0 ? ['commands' as const] : []),
    'steps',
    'escalate',
    'about',
  ];
  const onScrolledTo = useCallback(
    (id: RunbookSection) => {
      if (Date.now() - clickedAt.current > 500) choose(id);
    },
    [choose],
  );
  useSectionInView(available, byId, onScrolledTo);
  // Triage and Commands open the runbook right under the section bar, which already names them: their
  // headings are for screen readers and keyboard focus only, and the first screen keeps the space.
  const heading = (id: RunbookSection, text = SECTION_LABEL[id], shown = true) => (
    <h3 id={`section-${id}-heading`} tabIndex={-1} className={shown ? undefined : 'visually-hidden'}>
      {text}
    </h3>
  );
  return (
    <article className="runbook" aria-labelledby="runbook-title">
      <header>
        <h2 id="runbook-title" data-testid="runbook-title" data-runbook-id={runbook.id} tabIndex={-1}>
          <Highlight text={runbook.title} terms={terms} />
        </h2>
        {props.why && (
          <p className="learned-why" data-testid="learned-why">
            {props.why}
          </p>
        )}
        {props.intro}
        {stale && (
          <p className="meta">
            <span className="stale" data-testid="stale-warning">
              Reviewed {runbook.lastReviewed} — over 12 months ago, check before use
            </span>
          </p>
        )}
      </header>
      <SectionBar current={section} available={available} onGo={go} />
      <section id="section-triage" className="section" aria-labelledby="section-triage-heading">
        {heading('triage', 'Triage', false)}
        <DecisionTree
          key={runbook.id}
          runbook={runbook}
          answers={props.answers}
          onAnswers={props.onAnswers}
          onOpenStep={openStepAndScroll}
        />
      </section>
      {runbook.commands.length > 0 && (
        <section id="section-commands" className="section" aria-labelledby="section-commands-heading">
          {heading('commands', 'Commands', false)}
          <CommandList runbook={runbook} />
        </section>
      )}
      <section id="section-steps" className="section" aria-labelledby="section-steps-heading">
        {heading('steps', 'Resolution steps')}
        <StepList key={runbook.id} runbook={runbook} openStep={openStep} />
      </section>
      <section id="section-escalate" className="section" aria-labelledby="section-escalate-heading">
        {heading('escalate', 'When to escalate')}
        <ul className="escalation">
          {runbook.escalation.map((e) => (
            <li key={e.condition} data-testid="escalation">
              {e.condition} <strong>→ {e.group}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section id="section-about" className="section about" aria-labelledby="section-about-heading">
        {heading('about', 'About this runbook')}
        <p className="meta">
          <span>
            Est. {runbook.estimatedMinutes.min}–{runbook.estimatedMinutes.max} min
          </span>
          <span className={stale ? 'stale' : undefined} data-testid="last-reviewed">
            Reviewed {runbook.lastReviewed}
            {stale && ' — over 12 months ago, check before use'}
          </span>
          <span>{runbook.area}</span>
          {props.source && (
            <span className="source" data-testid="runbook-source">
              {props.source}
            </span>
          )}
        </p>
        <p className="overview">{runbook.overview}</p>
        <details className="section">
          <summary>When to use this runbook</summary>
          <List items={runbook.bestUse} terms={terms} />
        </details>
        <section className="section" aria-label="Symptoms">
          <h4>Symptoms</h4>
          <List items={runbook.symptoms} terms={terms} />
        </section>
        <section className="section" aria-label="Likely causes">
          <h4>Likely causes</h4>
          <List items={runbook.causes} terms={terms} />
        </section>
        {runbook.related.length > 0 && (
          <section className="section" aria-label="Related runbooks">
            <h4>Related runbooks</h4>
            <ul className="related">
              {runbook.related.map((id) => (
                <li key={id}>
                  <button type="button" className="link" data-testid="related" onClick={() => openRunbook(id)}>
                    {titleOf(id)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {runbook.resources.length > 0 && (
          <section className="section" aria-label="Resources">
            <h4>Resources</h4>
            <ul>
              {runbook.resources
                .filter((r) => r.url.startsWith('https://'))
                .map((r) => (
                  <li key={r.url}>
                    <a href={r.url} target="_blank" rel="noopener noreferrer">
                      {r.title}
                    </a>
                  </li>
                ))}
            </ul>
          </section>
        )}
      </section>
    </article>
  );
}
