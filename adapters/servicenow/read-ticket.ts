import {
  MAX_CONTEXT_CHARS,
  MAX_DESCRIPTION_CHARS,
  type Ticket,
  type TicketContextField,
} from '../../lib/tickets/ticket';
import { contextFields, fieldIds, formTable, hiddenInputs } from './selectors';
import { findWorkNotesTarget } from './insert-note';

/** The table of the classic form in this document (`incident`, `sc_task`, `sn_hr_core_case` …). */
export function formTableOf(doc: Document): string | null {
  const form = doc.querySelector<HTMLFormElement>(formTable.form);
  if (!form) return null;
  const table = form.id.slice(0, -'.do'.length);
  return /^[a-z0-9_]+$/i.test(table) ? table : null;
}

/** Value of `<table>.<field>`, or of its read-only / display rendering; null when the form lacks it. */
export function fieldText(doc: Document, table: string, field: string): string | null {
  for (const id of fieldIds(table, field)) {
    const element = doc.getElementById(id);
    if (!element) continue;
    const value =
      element instanceof doc.defaultView!.HTMLInputElement || element instanceof doc.defaultView!.HTMLTextAreaElement
        ? element.value
        : element.textContent;
    if (value !== null) return value.trim();
  }
  return null;
}

/** A reference field's shown name (`sys_display.…`) before its sys_id; a plain field's value otherwise. */
function shownText(doc: Document, table: string, field: string): string | null {
  const display = doc.getElementById(`sys_display.${table}.${field}`);
  return display ? valueOfElement(display) : fieldText(doc, table, field);
}

function valueOfElement(element: Element): string {
  return 'value' in element && typeof element.value === 'string'
    ? element.value.trim()
    : (element.textContent ?? '').trim();
}

/** Caller, their e-mail and the configuration item, as far as this form shows them. */
export function readContext(doc: Document, table: string): Pick<Ticket, TicketContextField> {
  const context: Pick<Ticket, TicketContextField> = {};
  for (const [name, fields] of Object.entries(contextFields) as [TicketContextField, readonly string[]][]) {
    const value = fields.map((field) => shownText(doc, table, field)).find((text) => text);
    if (value) context[name] = value.slice(0, MAX_CONTEXT_CHARS);
  }
  return context;
}

export function readClassicForm(doc: Document): Ticket | null {
  const table = formTableOf(doc);
  if (!table) return null;
  const summary = fieldText(doc, table, 'short_description');
  if (summary === null) return null;
  const key =
    fieldText(doc, table, 'number') || doc.querySelector<HTMLInputElement>(hiddenInputs.displayValue)?.value || '';
  return {
    site: 'servicenow',
    key: key.trim() || `${table} (new)`,
    summary,
    description: (fieldText(doc, table, 'description') ?? '').slice(0, MAX_DESCRIPTION_CHARS),
    ...readContext(doc, table),
    noteTarget: findWorkNotesTarget(doc) ? 'work-notes' : null,
  };
}
