// ServiceNow page knowledge as data. Each entry lists where it is seen, by fixture; ids contain dots,
// so lookups go through getElementById / [id="…"], never `#a.b`. Facts and sources: docs/site-structures.md
// (#servicenow-classic-form, #servicenow-classic-work-notes, #servicenow-workspaces, #servicenow-portal-ticket-page).

/** Classic form: `<form id="<table>.do">` plus `#sys_target` naming the table (fixture: classic-incident). */
export const formTable = {
  target: 'sys_target',
  form: 'form[id$=".do"][name$=".do"]',
};

/** Field controls: `<table>.<field>`; server-rendered read-only forms show `sys_readonly.<table>.<field>`. */
export const fieldIds = (table: string, field: string): string[] => [
  `${table}.${field}`,
  `sys_readonly.${table}.${field}`,
  `sys_display.${table}.${field}`,
];

/**
 * Fields saying who and what the ticket is about, first present wins. Reference fields keep the record's
 * sys_id in `<t>.<f>` and show its name in `sys_display.<t>.<f>`; a dot-walked field (Caller.Email, added
 * to the form by the admin) renders as `<t>.caller_id.email` or read-only `sys_readonly.…`
 * (docs/site-structures.md#servicenow-classic-form).
 */
export const contextFields = {
  callerName: ['caller_id', 'requested_for'],
  callerEmail: ['caller_id.email', 'requested_for.email'],
  configurationItem: ['cmdb_ci'],
} as const;

/** Hidden inputs the form always carries (GlideForm getDisplayValue / getUniqueValue). */
export const hiddenInputs = {
  displayValue: 'input[name="sys_displayValue"]',
  uniqueValue: 'input[name="sys_uniqueValue"]',
};

/** Activity-stream journal (classic, UI16 and Polaris). */
export const journal = {
  singleInput: 'activity-stream-textarea',
  multipleContainer: 'multiple-input-journal-entry',
  multipleWorkNotes: 'activity-stream-work_notes-textarea',
  workNotesCheckbox: 'input[name="work_notes-journal-checkbox"]',
  commentsCheckbox: 'input[name="comments-journal-checkbox"]',
  inputTypeAttr: 'data-stream-text-input',
};

/**
 * Next Experience workspaces (Service Operations Workspace, Agent Workspace), all inside open shadow roots.
 * Field components carry the field name in a `name` attribute; the native control sits in a nested
 * `now-input` / `now-textarea`, the label in `span.will-truncate` (docs/site-structures.md).
 */
export const workspace = {
  /** The component of one field (`number`, `short_description`, `description`). */
  field: (name: string): string => `sn-record-input-connected[name="${name}"]`,
  /** Any field component, for finding one by its label when `name` is missing. */
  anyField: 'sn-record-input-connected',
  /** The label text inside a field component. */
  label: 'span.will-truncate',
  /** The native control inside a field component. */
  control: 'textarea, input:not([type="hidden"]):not([type="checkbox"])',
  /** Label of the field we match on, when the name attribute is missing (English UI only). */
  summaryLabel: 'Short description',
};

/**
 * Service Portal / Employee Center standard ticket page (requester's view). Its markup is UNCONFIRMED
 * (docs/site-structures.md), so the reader leans on what the documentation shows: a "Number" label with
 * the number beside it, then the ticket description region headed by the short description.
 */
export const portal = {
  /** The element whose own text is the "Number" label (its next sibling holds the number). */
  numberLabel: '//*[normalize-space(text())="Number"]',
  /** Headings after the label: the first one is the short description. */
  heading: 'h1, h2, h3',
};

/**
 * How often each selector matches on load in each fixture (tests/fixtures/servicenow/*.html), counted in
 * Chromium through open shadow roots of the top document by tests/e2e/servicenow-variants.spec.ts.
 */
export const fixturesFor = {
  'formTable.form': [
    [1, 'servicenow/classic-form.html'],
    [1, 'servicenow/classic-readonly.html'],
    [0, 'servicenow/incident-list.html'],
    [0, 'servicenow/polaris-shell.html'],
    [0, 'servicenow/sow-record.html'],
    [0, 'servicenow/agent-workspace-record.html'],
    [0, 'servicenow/portal-ticket.html'],
  ],
  'fieldIds(short_description)': [
    [1, 'servicenow/classic-form.html'],
    [2, 'servicenow/classic-readonly.html'],
    [0, 'servicenow/sow-record.html'],
  ],
  'hiddenInputs.displayValue': [
    [1, 'servicenow/classic-form.html'],
    [1, 'servicenow/classic-readonly.html'],
  ],
  'journal.singleInput': [
    [1, 'servicenow/classic-form.html'],
    [0, 'servicenow/classic-readonly.html'],
    [0, 'servicenow/sow-record.html'],
  ],
  'journal.workNotesCheckbox': [
    [1, 'servicenow/classic-form.html'],
    [0, 'servicenow/classic-readonly.html'],
  ],
  'workspace.field(short_description)': [
    [2, 'servicenow/sow-record.html'],
    [2, 'servicenow/agent-workspace-record.html'],
    [0, 'servicenow/classic-form.html'],
    [0, 'servicenow/portal-ticket.html'],
  ],
  'workspace.label': [
    [8, 'servicenow/sow-record.html'],
    [8, 'servicenow/agent-workspace-record.html'],
  ],
  'portal.numberLabel': [
    [1, 'servicenow/portal-ticket.html'],
    [0, 'servicenow/sow-record.html'],
  ],
} as const;

/**
 * Dialogs that float over the form (position: fixed), which the page's margin does not move: GlideModal
 * and the classic Bootstrap modals render `.modal[role="dialog"]` holding a centred `.modal-dialog`.
 * The panel gives the open ones room (entrypoints/panel.content/make-room-for-dialogs.ts).
 */
export const dialogs = ['.modal-dialog', '[role="dialog"]'] as const;
