/**
 * Formats what the panel puts into a ticket's work notes (ServiceNow) or internal note (Jira).
 * Pure: adapters decide how it gets into the editor.
 */
export interface WorkNote {
  /** One line naming the runbook (and command), shown above the body. */
  header: string;
  /** Text written verbatim: a command or a triage path. */
  body: string;
  /** Render the body as a code block where the platform can. */
  code: boolean;
}

export function commandNote(runbookTitle: string, label: string, code: string): WorkNote {
  return { header: `Runbook Lens — ${runbookTitle}: ${label}`, body: cleanCommand(code), code: true };
}

export interface TriageStep {
  question: string;
  answer: string;
}

/** `Triage — <runbook title>: question → answer; …; outcome` (panel issue, item 3). */
export function triagePathText(runbookTitle: string, path: readonly TriageStep[], outcome: string): string {
  const steps = path.map((s) => `${s.question} → ${s.answer}`);
  return `Triage — ${runbookTitle}: ${[...steps, outcome].join('; ')}`;
}

export function triageNote(runbookTitle: string, path: readonly TriageStep[], outcome: string): WorkNote {
  return { header: '', body: triagePathText(runbookTitle, path, outcome), code: false };
}

const SMART_QUOTES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-' };

/**
 * Exactly the command as an agent must paste it: straight quotes, no trailing spaces,
 * no non-breaking spaces, Unix line ends, no leading/trailing blank lines.
 */
export function cleanCommand(code: string): string {
  return code
    .replace(/\r\n?/g, '\n')
    .replace(/[‘’“”–—]/g, (c) => SMART_QUOTES[c] ?? c)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Plain-text rendering, for the clipboard fallback and plain editors. */
export function noteAsPlainText(note: WorkNote): string {
  return note.header ? `${note.header}\n${note.body}` : note.body;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * ServiceNow journals render `[code]…[/code]` as HTML (glide.ui.security.allow_codetag, on by default),
 * so a command becomes a real <pre> block; everything inside is escaped so it can never become markup.
 */
export function noteForServiceNow(note: WorkNote): string {
  if (!note.code) return noteAsPlainText(note);
  return `${note.header}\n[code]<pre>${escapeHtml(note.body)}</pre>[/code]`;
}

/** Jira's editor takes an HTML paste: a paragraph and a code block; the text flavour is the fallback. */
export function noteForJira(note: WorkNote): { html: string; text: string } {
  const header = note.header ? `<p>${escapeHtml(note.header)}</p>` : '';
  const body = note.code ? `<pre><code>${escapeHtml(note.body)}</code></pre>` : `<p>${escapeHtml(note.body)}</p>`;
  return { html: header + body, text: noteAsPlainText(note) };
}

/** Jira Data Center's wiki renderer: {code} blocks. */
export function noteForJiraWiki(note: WorkNote): string {
  if (!note.code) return noteAsPlainText(note);
  return `${note.header}\n{code}\n${note.body}\n{code}`;
}
