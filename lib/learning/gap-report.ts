import type { TicketTrail } from './ticket-trail';

/** One line of the knowledge-gap report. */
export interface GapRow {
  /** No confident match and no pick; or the panel showed `shown` and the agent used `picked`. */
  kind: 'no-match' | 'confusion';
  /** The words these tickets share, most common first: what a runbook or related query should say. */
  terms: string[];
  shown: string | null;
  picked: string | null;
  count: number;
  /** Epoch ms of the newest ticket in the group. */
  lastSeen: number;
}

const MAX_TERMS = 6;

/** Words found in at least half of the trails, most frequent first, then in the newest ticket's order. */
function commonTerms(trails: readonly TicketTrail[]): string[] {
  const counts = new Map<string, number>();
  for (const t of trails) for (const term of new Set(t.terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n * 2 >= trails.length)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TERMS)
    .map(([term]) => term);
}

/**
 * Tickets with no match, grouped greedily by shared words (newest first): a ticket joins the first
 * group whose shared words it has at least two of (one, for a one-word group or ticket).
 */
function groupUnmatched(trails: readonly TicketTrail[]): TicketTrail[][] {
  const groups: { shared: Set<string>; members: TicketTrail[] }[] = [];
  for (const trail of trails) {
    const words = new Set(trail.terms);
    const fits = groups.find((g) => {
      const common = [...g.shared].filter((t) => words.has(t)).length;
      return common >= Math.min(2, g.shared.size, words.size) && common > 0;
    });
    if (fits) {
      fits.members.push(trail);
      fits.shared = new Set([...fits.shared].filter((t) => words.has(t)));
    } else groups.push({ shared: words, members: [trail] });
  }
  return groups.map((g) => g.members);
}

/** The report: gaps and confusions, the most frequent first, newest first among equals. */
export function gapReport(trails: readonly TicketTrail[]): GapRow[] {
  const newest = [...trails].sort((a, b) => b.at - a.at);
  const unmatched = newest.filter((t) => t.shown === null && t.picked === null && t.terms.length > 0);
  const rows: GapRow[] = groupUnmatched(unmatched).map((members) => ({
    kind: 'no-match',
    terms: commonTerms(members),
    shown: null,
    picked: null,
    count: members.length,
    lastSeen: members[0]!.at,
  }));
  const pairs = new Map<string, TicketTrail[]>();
  for (const t of newest)
    if (t.shown !== null && t.picked !== null && t.picked !== t.shown) {
      const key = `${t.shown}→${t.picked}`;
      pairs.set(key, [...(pairs.get(key) ?? []), t]);
    }
  for (const members of pairs.values())
    rows.push({
      kind: 'confusion',
      terms: commonTerms(members),
      shown: members[0]!.shown,
      picked: members[0]!.picked,
      count: members.length,
      lastSeen: members[0]!.at,
    });
  return rows.sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen);
}
