import { RUNBOOK_SECTIONS, type RunbookSection } from '../lib/panel-layout';

export const SECTION_LABEL: Record<RunbookSection, string> = {
  triage: 'Triage',
  commands: 'Commands',
  steps: 'Steps',
  escalate: 'Escalate',
  about: 'About',
};

/**
 * The runbook's sections as a navigation bar that stays at the top of the panel while it scrolls
 * (a nav of buttons: links would change the host page's URL hash, which both sites route on).
 */
export function SectionBar(props: {
  current: RunbookSection;
  available: readonly RunbookSection[];
  onGo: (section: RunbookSection) => void;
}) {
  return (
    <nav className="section-bar" aria-label="Runbook sections">
      <ul>
        {RUNBOOK_SECTIONS.filter((s) => props.available.includes(s)).map((section) => (
          <li key={section}>
            <button
              type="button"
              data-testid="section-tab"
              data-section={section}
              aria-current={props.current === section ? 'true' : undefined}
              onClick={() => props.onGo(section)}
            >
              {SECTION_LABEL[section]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
