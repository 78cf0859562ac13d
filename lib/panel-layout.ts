// The panel's shape, shared by the panel, the page reflow, storage checks and the site adapters.

/** The custom element that hosts the panel's open shadow root (shared/contract.md). */
export const PANEL_HOST = 'runbook-lens';

/** The splitter's range and the first width, in CSS pixels. */
export const PANEL_WIDTH = { min: 300, max: 800, initial: 400 } as const;

export const clampPanelWidth = (w: number): number =>
  Math.min(PANEL_WIDTH.max, Math.max(PANEL_WIDTH.min, Math.round(w)));

/**
 * Whether the panel is collapsed: the agent's last toggle wins (in every tab), and until they toggle
 * the default state from the settings applies.
 */
export function isCollapsed(toggled: boolean | null, defaultState: 'open' | 'collapsed'): boolean {
  return toggled ?? defaultState === 'collapsed';
}

/** The runbook's sections in the panel, in order: the work first, the background last. */
export const RUNBOOK_SECTIONS = ['triage', 'commands', 'steps', 'escalate', 'about'] as const;
export type RunbookSection = (typeof RUNBOOK_SECTIONS)[number];
export const isRunbookSection = (value: unknown): value is RunbookSection =>
  (RUNBOOK_SECTIONS as readonly unknown[]).includes(value);
