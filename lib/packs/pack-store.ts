import { diffPack, isEmptyDiff } from './pack-diff';
import type { PackSource, StoredPack } from './pack-schema';
import { nameFromFile, validatePackText, type PackCheckOptions, type ValidPack } from './pack-validate';

// Pure operations on the stored pack list (`local:packs`): each returns a new list.

/** The stored pack a newly read version updates: the file pack of the same name, or the same URL. */
export function updateTarget(packs: readonly StoredPack[], pack: ValidPack, source: PackSource): StoredPack | null {
  if (source.kind === 'url') return packs.find((p) => p.source.kind === 'url' && p.source.url === source.url) ?? null;
  const name = pack.name.toLowerCase();
  return packs.find((p) => p.source.kind === 'file' && p.name.toLowerCase() === name) ?? null;
}

/** Stores an accepted (previewed) version: replaces the target's runbooks in place, or appends a new pack. */
export function acceptPack(
  packs: readonly StoredPack[],
  pack: ValidPack,
  source: PackSource,
  newId: string,
  now: number,
): StoredPack[] {
  const target = updateTarget(packs, pack, source);
  // The policy's pack is the admin's: a user subscribing to its URL neither unlocks nor replaces it.
  if (target && isManaged(target)) return [...packs];
  const stored: StoredPack = {
    id: target?.id ?? newId,
    name: pack.name,
    ...(pack.version ? { version: pack.version } : {}),
    ...(pack.description ? { description: pack.description } : {}),
    enabled: target?.enabled ?? true,
    installedAt: target?.installedAt ?? now,
    updatedAt: now,
    source: source.kind === 'url' ? { ...source, checkedAt: now } : source,
    runbooks: pack.runbooks,
    ...(pack.queries ? { queries: pack.queries } : {}),
  };
  return target ? packs.map((p) => (p.id === target.id ? stored : p)) : [...packs, stored];
}

export const isManaged = (pack: StoredPack): boolean => pack.source.kind === 'url' && pack.source.managed;

export function removePack(packs: readonly StoredPack[], id: string): StoredPack[] {
  return packs.filter((p) => p.id !== id || isManaged(p));
}

export function setPackEnabled(packs: readonly StoredPack[], id: string, enabled: boolean): StoredPack[] {
  return packs.map((p) => (p.id === id && !isManaged(p) ? { ...p, enabled } : p));
}

/** Makes a refresh's staged version the one in use (the user saw its preview). */
export function applyPending(packs: readonly StoredPack[], id: string, now: number): StoredPack[] {
  return packs.map((p) => {
    if (p.id !== id || !p.pending || p.source.kind !== 'url') return p;
    const { pending, version: _old, queries: _oldQueries, ...rest } = p;
    return {
      ...rest,
      name: pending.name,
      ...(pending.version ? { version: pending.version } : {}),
      runbooks: pending.runbooks,
      ...(pending.queries ? { queries: pending.queries } : {}),
      updatedAt: now,
      source: { ...p.source, etag: pending.etag, lastModified: pending.lastModified },
    };
  });
}

export function dismissPending(packs: readonly StoredPack[], id: string): StoredPack[] {
  return packs.map((p) => {
    if (p.id !== id) return p;
    const { pending: _pending, ...rest } = p;
    return rest;
  });
}

/** Replaces one pack by id (a refresh writes back only the pack it worked on). */
export function replacePack(packs: readonly StoredPack[], pack: StoredPack): StoredPack[] {
  return packs.map((p) => (p.id === pack.id ? pack : p));
}

export const managedPackId = (url: string): string => `managed:${url}`;

/**
 * Makes the managed packs match the policy's URLs: a new URL gets an empty placeholder (filled by the
 * next refresh), a URL the policy no longer names is dropped. A pack the user subscribed to at a URL
 * the policy names becomes the managed one, switched on (an older build let users take it over).
 * Other user packs are untouched.
 */
export function syncManagedPacks(packs: readonly StoredPack[], urls: readonly string[], now: number): StoredPack[] {
  const kept = packs.flatMap((p): StoredPack[] => {
    if (p.source.kind !== 'url') return [p];
    if (!urls.includes(p.source.url)) return p.source.managed ? [] : [p];
    if (p.source.managed && p.enabled) return [p];
    const { pending: _pending, ...rest } = p;
    return [{ ...rest, enabled: true, source: { ...p.source, managed: true } }];
  });
  for (const url of urls) {
    if (kept.some((p) => p.source.kind === 'url' && p.source.url === url)) continue;
    kept.push({
      id: managedPackId(url),
      name: nameFromFile(url),
      enabled: true,
      installedAt: now,
      updatedAt: now,
      source: { kind: 'url', url, managed: true },
      runbooks: [],
    });
  }
  return kept;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; message: string };

/**
 * A URL pack after one refresh. Failures and invalid versions keep the version in use and record why;
 * a valid new version is applied at once for a managed pack (the admin chose it) and staged for the
 * user's preview otherwise. A version that changes nothing only moves the validators along.
 */
export function applyRefresh(
  pack: StoredPack,
  outcome: FetchOutcome,
  options: PackCheckOptions & { now: number },
): StoredPack {
  if (pack.source.kind !== 'url') return pack;
  const { error: _error, ...source } = pack.source;
  if (outcome.kind === 'failed') return { ...pack, source: { ...pack.source, error: outcome.message } };
  if (outcome.kind === 'not-modified') return { ...pack, source: { ...source, checkedAt: options.now } };
  const result = validatePackText(outcome.text, pack.source.url, options);
  if (!result.ok) {
    const first = result.errors[0]!;
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
    return {
      ...pack,
      source: {
        ...source,
        checkedAt: options.now,
        error: `new version refused: ${first.path}: ${first.message}${more}`,
      },
    };
  }
  const validators = { etag: outcome.etag, lastModified: outcome.lastModified };
  const next = result.pack;
  const diff = diffPack(pack.runbooks, next.runbooks, options.bundledIds);
  const sameQueries = JSON.stringify(next.queries ?? []) === JSON.stringify(pack.queries ?? []);
  const unchanged =
    isEmptyDiff(diff, pack.runbooks, next.runbooks) &&
    sameQueries &&
    next.name === pack.name &&
    pack.runbooks.length + (pack.queries?.length ?? 0) > 0;
  if (unchanged) {
    const { pending: _pending, ...rest } = pack;
    return { ...rest, source: { ...source, ...validators, checkedAt: options.now } };
  }
  // A managed pack, or a placeholder that never had a version: take it as it comes.
  if (pack.source.managed) {
    const { queries: _old, ...kept } = pack;
    return {
      ...kept,
      name: next.name,
      ...(next.version ? { version: next.version } : {}),
      ...(next.description ? { description: next.description } : {}),
      runbooks: next.runbooks,
      ...(next.queries ? { queries: next.queries } : {}),
      updatedAt: options.now,
      source: { ...source, ...validators, checkedAt: options.now },
    };
  }
  return {
    ...pack,
    source: { ...source, checkedAt: options.now },
    pending: {
      name: next.name,
      ...(next.version ? { version: next.version } : {}),
      runbooks: next.runbooks,
      ...(next.queries ? { queries: next.queries } : {}),
      ...validators,
      fetchedAt: options.now,
    },
  };
}

/** URL packs whose last answer is older than the refresh interval (or that never got one). */
export function duePacks(packs: readonly StoredPack[], hours: number, now: number): StoredPack[] {
  return packs.filter(
    (p) =>
      p.source.kind === 'url' &&
      (p.source.checkedAt === undefined || now - p.source.checkedAt >= hours * 3_600_000 - 60_000),
  );
}
