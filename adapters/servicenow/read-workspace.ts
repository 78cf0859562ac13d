import { MAX_DESCRIPTION_CHARS, type Ticket } from '../../lib/tickets/ticket';
import { composedAncestors, deepQueryAll, type QueryRoot } from '../deep-query';
import { PANEL_HOST } from '../../lib/panel-layout';
import { workspace } from './selectors';
import type { RecordRoute } from './variants';

export const isPanelHost = (host: Element): boolean => host.localName === PANEL_HOST;

/** What the agent sees in a field component: its native control's value (the component exposes none). */
function valueOf(field: Element | undefined): string | null {
  const control = field?.shadowRoot && deepQueryAll(field.shadowRoot, workspace.control)[0];
  return control ? (control as HTMLInputElement).value.trim() : null;
}

const labelOf = (field: Element): string | undefined =>
  field.shadowRoot ? deepQueryAll(field.shadowRoot, workspace.label)[0]?.textContent?.trim() : undefined;

/** Short description components: by name, else by label. */
function summaryFields(doc: Document): Element[] {
  const named = deepQueryAll(doc, workspace.field('short_description'), isPanelHost);
  if (named.length) return named;
  return deepQueryAll(doc, workspace.anyField, isPanelHost).filter((f) => labelOf(f) === workspace.summaryLabel);
}

/**
 * The URL's record among the open tabs: the other tabs keep their forms in the DOM, hidden. A shown form
 * whose ancestors name the sys_id wins (Agent Workspace: `#chrome-tab-panel-record_<sys_id>`); otherwise
 * the only shown one.
 */
function activeSummaryField(doc: Document, route: RecordRoute): Element | undefined {
  const shown = summaryFields(doc).filter((f) => f.getClientRects().length > 0);
  const namesRecord = (f: Element): boolean =>
    composedAncestors(f).some((a) => Array.from(a.attributes).some((attr) => attr.value.includes(route.sysId)));
  return shown.find(namesRecord) ?? (shown.length === 1 ? shown[0] : undefined);
}

/**
 * A workspace record form. Fields of one form share the shadow root of its column layout, so number and
 * description are looked up there only, never in another tab's form. noteTarget is null: inserting into
 * the workspace compose box is unconfirmed, so the panel offers the clipboard.
 */
export function readWorkspaceRecord(doc: Document, route: RecordRoute): Ticket | null {
  const field = activeSummaryField(doc, route);
  const summary = valueOf(field);
  if (!field || summary === null) return null;
  const form = field.getRootNode() as QueryRoot;
  const other = (name: string): string | null => valueOf(deepQueryAll(form, workspace.field(name))[0]);
  return {
    site: 'servicenow',
    key: other('number') || (route.sysId.startsWith('-1') ? `${route.table} (new)` : route.table),
    summary,
    description: (other('description') ?? '').slice(0, MAX_DESCRIPTION_CHARS),
    noteTarget: null,
  };
}

// Fixtures: tests/fixtures/servicenow/sow-record.html, agent-workspace-record.html (scripts/sn-workspace.js).
