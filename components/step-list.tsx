import { useState } from 'react';
import type { Runbook } from '../lib/runbooks/runbook-schema';

const KIND_LABEL = { info: 'Info', command: 'Command', warning: 'Warning' } as const;

/** Resolution steps as an accordion (WAI-ARIA accordion pattern: heading > button[aria-expanded]). */
export function StepList({ runbook, openStep }: { runbook: Runbook; openStep?: string | null }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set(runbook.steps.slice(0, 1).map((s) => s.id)));
  const isOpen = (id: string): boolean => open.has(id) || openStep === id;
  const toggle = (id: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <ol className="steps">
      {runbook.steps.map((step, i) => (
        <li
          key={step.id}
          id={`step-${step.id}`}
          data-testid="step"
          data-kind={step.kind}
          data-admin-required={String(step.adminRequired)}
          className={`step step-${step.kind}`}
        >
          <h4 className="step-heading">
            <button
              type="button"
              aria-expanded={isOpen(step.id)}
              aria-controls={`step-body-${step.id}`}
              onClick={() => toggle(step.id)}
            >
              <span className="step-number">{i + 1}</span>
              <span className="step-title">{step.title}</span>
              <span className={`badge badge-${step.kind}`}>{KIND_LABEL[step.kind]}</span>
              {step.adminRequired && <span className="badge badge-admin">Admin required</span>}
            </button>
          </h4>
          <div
            id={`step-body-${step.id}`}
            role="region"
            aria-label={step.title}
            className="step-body"
            hidden={!isOpen(step.id)}
          >
            <p>{step.text}</p>
            {step.items && (
              <ul>
                {step.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
