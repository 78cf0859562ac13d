import type { Outcome, Runbook } from './runbook-schema';

/** Case, spacing and end punctuation aside, two texts say the same. */
const sameWords = (a: string, b: string): boolean => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s.!:;,]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return words(a) === words(b);
};

/** Where a triage ended, as one line: shown under the tree and written as the last line of its note. */
export function outcomeText(outcome: Outcome, runbook: Runbook, titleOf: (id: string) => string): string {
  switch (outcome.type) {
    case 'resolved': {
      const title = runbook.steps.find((s) => s.id === outcome.step)?.title ?? outcome.step;
      // Authors often repeat the step's title as the note: `Resolve with step "X" (X)` says it twice.
      const note = outcome.note && !sameWords(outcome.note, title) ? ` (${outcome.note})` : '';
      return `Resolve with step "${title}"${note}`;
    }
    case 'escalate':
      return `Escalate to ${outcome.group}: ${outcome.reason}`;
    case 'runbook': {
      const title = titleOf(outcome.runbook);
      const reason = outcome.reason && !sameWords(outcome.reason, title) ? ` (${outcome.reason})` : '';
      return `Use runbook "${title}"${reason}`;
    }
  }
}
