/** What a site adapter reports about the ticket in one frame. Never stored, never sent off the browser. */
export interface Ticket {
  site: 'servicenow' | 'jira';
  /** INC0010001, RITM0010002, ITSD-42 … */
  key: string;
  /** Short description (ServiceNow) or summary (Jira): the text we match. */
  summary: string;
  /** The ticket's longer text, at most MAX_DESCRIPTION_CHARS: where it names a platform (Mac, Windows…). */
  description: string;
  /** Who the ticket is for (ServiceNow caller / requested for, Jira reporter), when the page shows it. */
  callerName?: string;
  /** Their e-mail address, when the form shows it (a dot-walked Caller.Email field on ServiceNow). */
  callerEmail?: string;
  /** The configuration item / asset the ticket names (ServiceNow Configuration item). */
  configurationItem?: string;
  /** Where insertion goes, or null when the page is the requester's view or has no editor. */
  noteTarget: 'work-notes' | 'internal-note' | null;
}

export type InsertResult = { ok: true; target: string } | { ok: false; reason: string };

/** The description is a secondary signal: its first lines say what the summary left out. */
export const MAX_DESCRIPTION_CHARS = 2000;

/** The ticket fields a command's placeholders can be filled from (lib/runbooks/placeholders.ts). */
export type TicketContextField = 'callerName' | 'callerEmail' | 'configurationItem';

/** Longest value kept of a context field: a name, an address, an asset tag. */
export const MAX_CONTEXT_CHARS = 256;
