import { PANEL_HOST } from '../lib/panel-layout';
import { isoDay, isReviewStale } from '../lib/runbooks/review-age';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import type { Answer } from '../lib/runbooks/triage-machine';
import { CommandCard } from './command-card';
import { DecisionTree } from './decision-tree';
import { Highlight } from './highlight';
import { StepList } from './step-list';
import { useTicketActions } from './ticket-actions';
import { useState } from 'react';

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
}

export function RunbookView(props: RunbookViewProps) {
  const { runbook, terms } = props;
  const { titleOf, openRunbook } = useTicketActions();
  const [openStep, setOpenStep] = useState<string | null>(null);
  const stale = isReviewStale(runbook.lastReviewed, isoDay(props.now));
  const openStepAndScroll = (id: string): void => {
    setOpenStep(id);
    requestAnimationFrame(() => {
      // The panel lives in <runbook-lens>'s shadow root; the popup renders into the document itself.
      const root = document.querySelector(PANEL_HOST)?.shadowRoot ?? document;
      root.getElementById(`step-${id}`)?.scrollIntoView({ block: 'nearest' });
    });
  };
  return (
    <article className="runbook" aria-labelledby="runbook-title">
      <header>
        <h2 id="runbook-title" data-testid="runbook-title" data-runbook-id={runbook.id}>
          <Highlight text={runbook.title} terms={terms} />
        </h2>
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
      </header>
      <p className="overview">{runbook.overview}</p>
      <details className="section">
        <summary>When to use this runbook</summary>
        <List items={runbook.bestUse} terms={terms} />
      </details>
      <section className="section" aria-label="Symptoms">
        <h3>Symptoms</h3>
        <List items={runbook.symptoms} terms={terms} />
      </section>
      <section className="section" aria-label="Likely causes">
        <h3>Likely causes</h3>
        <List items={runbook.causes} terms={terms} />
      </section>
      <section className="section" aria-label="Triage">
        <h3>Triage</h3>
        <DecisionTree
          key={runbook.id}
          runbook={runbook}
          answers={props.answers}
          onAnswers={props.onAnswers}
          onOpenStep={openStepAndScroll}
        />
      </section>
      <section className="section" aria-label="Resolution steps">
        <h3>Resolution steps</h3>
        <StepList key={runbook.id} runbook={runbook} openStep={openStep} />
      </section>
      {runbook.commands.length > 0 && (
        <section className="section" aria-label="Commands">
          <h3>Commands</h3>
          {runbook.commands.map((command) => (
            <CommandCard key={command.id} command={command} runbookTitle={runbook.title} />
          ))}
        </section>
      )}
      <section className="section" aria-label="Escalation">
        <h3>When to escalate</h3>
        <ul className="escalation">
          {runbook.escalation.map((e) => (
            <li key={e.condition} data-testid="escalation">
              {e.condition} <strong>→ {e.group}</strong>
            </li>
          ))}
        </ul>
      </section>
      {runbook.related.length > 0 && (
        <section className="section" aria-label="Related runbooks">
          <h3>Related runbooks</h3>
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
          <h3>Resources</h3>
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
    </article>
  );
}
