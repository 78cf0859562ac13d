/**
 * What the panel puts into a ticket's work notes (ServiceNow) or internal note (Jira), as data.
 * Every part of it may come from a pack (title, label, command, questions, answers, group), so each
 * target's renderer (work-note-markup.ts) neutralises every part; adapters only write the result.
 */
export interface WorkNote {
  /** One line naming the runbook (and command). */
  header: string;
  /** Plain lines under the header: the triage path, one "question → answer" per line, then the outcome. */
  lines: string[];
  /** A command, shown as a code block where the platform has one; null when there is none. */
  code: string | null;
}

export interface TriageStep {
  question: string;
  answer: string;
}

export function commandNote(runbookTitle: string, label: string, code: string): WorkNote {
  return { header: `Runbook Lens — ${runbookTitle}: ${label}`, lines: [], code: cleanCommand(code) };
}

export function triageNote(runbookTitle: string, path: readonly TriageStep[], outcome: string): WorkNote {
  return {
    header: `Triage — ${runbookTitle}`,
    lines: [...path.map((s) => `${s.question} → ${s.answer}`), outcome],
    code: null,
  };
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

/** Plain text, for the clipboard fallback and plain editors: exactly what the agent saw. */
export function noteAsPlainText(note: WorkNote): string {
  return [note.header, ...note.lines, ...(note.code === null ? [] : [note.code])].filter(Boolean).join('\n');
}

/** The line an editor must show after insertion: proof the note arrived. */
export function noteFirstLine(note: WorkNote): string {
  const first = (note.code ?? note.lines[0] ?? note.header).split('\n').find((line) => line.trim());
  return first?.trim() ?? '';
}
