import { noteAsPlainText, type WorkNote } from './work-note';

// A note's parts come from packs, so each target's markup is neutralised part by part. Only what
// would turn into markup is changed (issue #19): the agent reads the note before posting it.

/** One line per part: a line break inside a title or answer must not start a markup line. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/** `[code]`, `[/code]`, `[ CODE ]`: the journal's tag for raw HTML, however it is spelled. */
const SERVICENOW_CODE_TAG = /\[(\s*\/?\s*code\s*)\]/gi;

/**
 * ServiceNow shows journal text as text, except between `[code]` and `[/code]`, which it renders as
 * HTML (glide.ui.security.allow_codetag, on by default). Outside our block a tag in a title would open
 * a block of live HTML, so its brackets become parentheses: visible, and no longer a tag.
 */
export function serviceNowText(text: string): string {
  return oneLine(text).replace(SERVICENOW_CODE_TAG, '($1)');
}

/**
 * Inside `[code]<pre>…</pre>[/code]` the command is HTML text: `&` and `<` are all that HTML needs
 * escaped there (quotes stay readable), and a `[/code]` in the command must not end the block early:
 * its bracket becomes the HTML reference `&#91;`, which the journal shows as `[`.
 */
export function serviceNowCode(code: string): string {
  return code
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(SERVICENOW_CODE_TAG, (tag) => `&#91;${tag.slice(1)}`);
}

/** Work-notes journal text: header and lines as text, the command as an escaped `[code]` block. */
export function noteForServiceNow(note: WorkNote): string {
  const text = [note.header, ...note.lines].filter(Boolean).map(serviceNowText);
  const code = note.code === null ? [] : [`[code]<pre>${serviceNowCode(note.code)}</pre>[/code]`];
  return [...text, ...code].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Jira Cloud's editor takes an HTML paste (the agent sees it rendered, so escaping costs nothing in
 * readability): a paragraph per line and a code block; the text flavour is the fallback.
 */
export function noteForJira(note: WorkNote): { html: string; text: string } {
  const paragraphs = [note.header, ...note.lines].filter(Boolean).map((line) => `<p>${escapeHtml(oneLine(line))}</p>`);
  const code = note.code === null ? '' : `<pre><code>${escapeHtml(note.code)}</code></pre>`;
  return { html: paragraphs.join('') + code, text: noteAsPlainText(note) };
}

/**
 * Jira wiki text: a backslash escapes the characters of links `[…|…]`, images `!…!`, macros `{…}`
 * and tables `|`. A literal backslash has no escape of its own (`\\` is a line break), so it becomes
 * the HTML reference the renderer shows as `\` (as pandoc's Jira writer does).
 */
export function jiraWikiText(text: string): string {
  return oneLine(text)
    .replace(/\\/g, '&#92;')
    .replace(/[[\]{}!|]/g, (c) => `\\${c}`);
}

const JIRA_BLOCK_END = { code: /\{code(:[^}]*)?\}/i, noformat: /\{noformat(:[^}]*)?\}/i } as const;

/**
 * Jira wiki: a `{code}` block shows its body verbatim until the next `{code}`, a `{noformat}` block
 * until the next `{noformat}`; neither has an escape. So the command goes in the block whose end it
 * does not contain, and a command containing both is written as escaped text lines.
 */
export function jiraWikiCode(code: string): string {
  for (const macro of ['code', 'noformat'] as const) {
    if (!JIRA_BLOCK_END[macro].test(code)) return `{${macro}}\n${code}\n{${macro}}`;
  }
  return code.split('\n').map(jiraWikiText).join('\n');
}

/** Jira Data Center's wiki renderer: text lines, then the command as a block. */
export function noteForJiraWiki(note: WorkNote): string {
  const text = [note.header, ...note.lines].filter(Boolean).map(jiraWikiText);
  const code = note.code === null ? [] : [jiraWikiCode(note.code)];
  return [...text, ...code].join('\n');
}
