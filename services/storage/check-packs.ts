import { StoredPack } from '../../lib/packs/pack-schema';
import { isRecord } from '../../lib/settings/settings';
import type { Checked } from './shapes';

/** An older build's pack entry, brought to today's shape: packs could not be switched off then. */
function upgrade(entry: unknown): unknown {
  return isRecord(entry) && entry.enabled === undefined ? { ...entry, enabled: true } : entry;
}

/**
 * The stored pack list, pack by pack: one that no longer parses (half-written, wrong shape) is dropped
 * and named; the others are kept exactly as stored.
 */
export function checkPacks(raw: unknown): Checked<unknown[]> {
  if (raw === undefined || raw === null) return { value: [], problem: null };
  if (!Array.isArray(raw)) return { value: [], problem: 'runbook packs (the whole list was unreadable)' };
  const dropped: string[] = [];
  const kept = raw.map(upgrade).filter((entry, i) => {
    if (StoredPack.safeParse(entry).success) return true;
    const name = isRecord(entry) && typeof entry.name === 'string' ? entry.name.slice(0, 100) : `#${i + 1}`;
    dropped.push(`“${name}”`);
    return false;
  });
  return {
    value: kept,
    problem: dropped.length
      ? `runbook pack${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} (unreadable, removed)`
      : null,
  };
}
