import { ticketKeyOf, type Memory } from './ticket-memory';

export const FEEDBACK_CSV_HEADER = ['runbook_id', 'runbook_title', 'ticket_key', 'vote', 'date'] as const;

/**
 * One CSV cell (RFC 4180 quoting). Cells a spreadsheet would run as a formula (= + - @, tab, CR) get a
 * leading apostrophe: ticket keys and pack titles are not ours to trust (OWASP "CSV injection").
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The "Was this helpful?" votes as CSV, newest first: runbook id, its title (as the library now names
 * it; the id when it is gone), ticket key, vote, date of the vote (UTC, YYYY-MM-DD). Keys are
 * `<ticketRef>|<runbook id>` (runbookOnTicket); runbook ids are kebab-case, so the last `|` splits them.
 */
export function feedbackCsv(memory: Memory<'yes' | 'no'>, titleOf: (id: string) => string): string {
  const rows = Object.entries(memory)
    .sort(([, a], [, b]) => b.at - a.at)
    .map(([key, entry]) => {
      const cut = key.lastIndexOf('|');
      const id = cut < 0 ? key : key.slice(cut + 1);
      const ticket = cut < 0 ? '' : ticketKeyOf(key.slice(0, cut));
      return [id, titleOf(id), ticket, entry.value, new Date(entry.at).toISOString().slice(0, 10)];
    });
  return [FEEDBACK_CSV_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
