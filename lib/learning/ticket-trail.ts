import { isRecord } from '../settings/settings';
import { isShortString, isTermList } from './learned-example';

/**
 * How one ticket ended in the panel, for the knowledge-gap report: what was shown automatically
 * (null: no confident match) and what the agent picked and used (null: nothing). Match terms only,
 * never ticket text; keyed by origin and ticket like the learned examples.
 */
export interface TicketTrail {
  origin: string;
  ticket: string;
  terms: string[];
  shown: string | null;
  picked: string | null;
  at: number;
}

const isIdOrNull = (value: unknown): value is string | null => value === null || isShortString(value);

export function isTicketTrail(value: unknown): value is TicketTrail {
  return (
    isRecord(value) &&
    isShortString(value.origin) &&
    isShortString(value.ticket) &&
    isIdOrNull(value.shown) &&
    isIdOrNull(value.picked) &&
    typeof value.at === 'number' &&
    Number.isFinite(value.at) &&
    isTermList(value.terms)
  );
}

export function readTrails(raw: unknown): { trails: TicketTrail[]; broken: number } {
  if (!Array.isArray(raw)) return { trails: [], broken: raw === undefined || raw === null ? 0 : 1 };
  const trails = raw.filter(isTicketTrail);
  return { trails, broken: raw.length - trails.length };
}

/**
 * The trail of one ticket after a change: `shown` is set when the panel first shows the ticket and
 * kept after (a later learned match must not hide the original gap), `picked` once the agent uses a
 * runbook they chose.
 */
export function updateTrail(
  trails: readonly TicketTrail[],
  next: Omit<TicketTrail, 'shown' | 'picked'> & { shown?: string | null; picked?: string | null },
): TicketTrail[] {
  const old = trails.find((t) => t.origin === next.origin && t.ticket === next.ticket);
  const trail: TicketTrail = {
    origin: next.origin,
    ticket: next.ticket,
    terms: next.terms.length > 0 ? next.terms : (old?.terms ?? []),
    shown: old ? old.shown : (next.shown ?? null),
    picked: next.picked !== undefined ? next.picked : (old?.picked ?? null),
    at: next.at,
  };
  return [trail, ...trails.filter((t) => t !== old)];
}
