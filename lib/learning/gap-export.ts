import { csvCell } from '../tickets/feedback-csv';
import type { GapRow } from './gap-report';

const day = (at: number): string => new Date(at).toISOString().slice(0, 10);
const KIND = { 'no-match': 'no confident match, no pick', confusion: 'shown, then another picked' } as const;

export const GAP_CSV_HEADER = ['kind', 'shared_terms', 'shown', 'picked', 'count', 'last_seen'] as const;

/** The knowledge-gap report as CSV (RFC 4180, formula cells defused like the feedback export). */
export function gapCsv(rows: readonly GapRow[]): string {
  const lines = rows.map((r) => [
    r.kind,
    r.terms.join(' '),
    r.shown ?? '',
    r.picked ?? '',
    String(r.count),
    day(r.lastSeen),
  ]);
  return [GAP_CSV_HEADER, ...lines].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Markdown cells: pipes and line breaks would break the table; backticks keep ids literal. */
const mdCell = (text: string): string => text.replace(/[\\|`]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

/** The knowledge-gap report as a Markdown table, for a wiki page or an issue. */
export function gapMarkdown(rows: readonly GapRow[], titleOf: (id: string) => string): string {
  const name = (id: string | null): string => (id === null ? '' : mdCell(titleOf(id)));
  const header =
    '| what | shared words | shown | picked | tickets | last seen |\n| --- | --- | --- | --- | ---: | --- |';
  const body = rows.map(
    (r) =>
      `| ${KIND[r.kind]} | ${mdCell(r.terms.join(' '))} | ${name(r.shown)} | ${name(r.picked)} | ${r.count} | ${day(r.lastSeen)} |`,
  );
  return ['# Knowledge gaps', '', rows.length ? [header, ...body].join('\n') : 'No gaps recorded.', ''].join('\n');
}
