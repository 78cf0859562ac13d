import type { Runbook } from '../runbooks/runbook-schema';

export interface DiffEntry {
  id: string;
  title: string;
}

/** What accepting a pack version changes, shown before it takes effect. */
export interface PackDiff {
  /** New ids, in neither the bundled library nor the current version. */
  added: DiffEntry[];
  /** Ids of bundled runbooks that this pack's version replaces. */
  replaced: DiffEntry[];
  /** Ids the current version already has, with different content. */
  updated: DiffEntry[];
  unchanged: DiffEntry[];
  /** Ids of the current version that the new one drops (a replaced bundled runbook comes back). */
  removed: DiffEntry[];
}

const entry = (r: Runbook): DiffEntry => ({ id: r.id, title: r.title });

/**
 * Compares a pack version with the one in use (`current`, null for a new pack). Zod output has a fixed
 * key order, so equal runbooks serialise equally.
 */
export function diffPack(
  current: readonly Runbook[] | null,
  next: readonly Runbook[],
  bundledIds: Iterable<string>,
): PackDiff {
  const bundled = new Set(bundledIds);
  const before = new Map((current ?? []).map((r) => [r.id, r]));
  const diff: PackDiff = { added: [], replaced: [], updated: [], unchanged: [], removed: [] };
  for (const runbook of next) {
    const old = before.get(runbook.id);
    if (bundled.has(runbook.id)) diff.replaced.push(entry(runbook));
    else if (!old) diff.added.push(entry(runbook));
    else if (JSON.stringify(old) === JSON.stringify(runbook)) diff.unchanged.push(entry(runbook));
    else diff.updated.push(entry(runbook));
  }
  const nextIds = new Set(next.map((r) => r.id));
  for (const runbook of current ?? []) if (!nextIds.has(runbook.id)) diff.removed.push(entry(runbook));
  return diff;
}

/** True when accepting the version would change nothing the agent sees. */
export function isEmptyDiff(diff: PackDiff, current: readonly Runbook[] | null, next: readonly Runbook[]): boolean {
  const sameReplaced =
    current !== null &&
    diff.replaced.every(({ id }) => {
      const a = current.find((r) => r.id === id);
      const b = next.find((r) => r.id === id);
      return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
    });
  return diff.added.length === 0 && diff.updated.length === 0 && diff.removed.length === 0 && sameReplaced;
}
