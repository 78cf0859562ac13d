/** How long and how much the panel keeps what it learns (settings, lockable by policy). */
export interface Retention {
  days: number;
  /** Newest first: past this many, the oldest go. */
  max: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Entries within the retention period, newest first, at most `max`. Shared by the learned examples
 * and the knowledge-gap trails so both forget on the same schedule.
 */
export function retain<T extends { at: number }>(entries: readonly T[], retention: Retention, now: number): T[] {
  return entries
    .filter((e) => now - e.at < retention.days * DAY_MS && e.at <= now + DAY_MS)
    .sort((a, b) => b.at - a.at)
    .slice(0, Math.max(0, retention.max));
}
