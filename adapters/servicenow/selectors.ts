// ServiceNow page knowledge as data. Each entry lists where it is seen, by fixture; ids contain dots,
// so lookups go through getElementById / [id="…"], never `#a.b`. Facts: ../shared/notes/servicenow.md.

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

/** Fixtures that show each selector: tests/fixtures/servicenow/*.html. */
export const fixturesFor = {
  formTable: [[1, 'servicenow/classic-incident.html']],
  journal: [[1, 'servicenow/classic-incident.html']],
} as const;
