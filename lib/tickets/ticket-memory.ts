/**
 * Per-ticket panel state (tree answers, feedback), keyed by tenant and ticket number, never by ticket text.
 * Bounded in count and expiring, so storage cannot grow over months of use (see docs/privacy.md).
 */
export interface Remembered<T> {
  value: T;
  /** Epoch ms of the last write. */
  at: number;
}

export type Memory<T> = Record<string, Remembered<T>>;

export const MEMORY_LIMIT = 300;
export const MEMORY_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function recall<T>(memory: Memory<T>, key: string, now: number): T | undefined {
  const entry = memory[key];
  return entry && now - entry.at < MEMORY_TTL_MS ? entry.value : undefined;
}

/** Returns a new memory with `key` set, expired entries dropped and the oldest evicted past the limit. */
export function remember<T>(memory: Memory<T>, key: string, value: T, now: number): Memory<T> {
  const fresh = Object.entries({ ...memory, [key]: { value, at: now } })
    .filter(([, entry]) => now - entry.at < MEMORY_TTL_MS)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MEMORY_LIMIT);
  return Object.fromEntries(fresh);
}

export function forget<T>(memory: Memory<T>, key: string): Memory<T> {
  const { [key]: _, ...rest } = memory;
  return rest;
}

/**
 * A ticket as per-ticket memory names it. INC0010001 exists on every tenant: without the page's origin,
 * answers given on one organization's ticket would show on another's.
 */
export const ticketRef = (origin: string, ticketKey: string): string => `${ticketKey}@${origin}`;

/** The key of what is remembered about one runbook on one ticket (tree answers, votes): ticket first. */
export const runbookOnTicket = (ref: string, runbookId: string): string => `${ref}|${runbookId}`;

/** The ticket number of a ticketRef (what the feedback export shows). */
export const ticketKeyOf = (ref: string): string => {
  const at = ref.lastIndexOf('@');
  return at < 0 ? ref : ref.slice(0, at);
};
