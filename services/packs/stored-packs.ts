import { StoredPack } from '../../lib/packs/pack-schema';
import { packsItem } from '../storage/items';

/** The stored packs that still parse (a broken entry is left out; lib/packs/pack-layers.ts reports it). */
export function readPacks(raw: unknown): StoredPack[] {
  return (Array.isArray(raw) ? raw : []).flatMap((p) => {
    const parsed = StoredPack.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Read-modify-write of the pack list, re-reading just before the write so that concurrent writers lose little. */
export async function updatePacks(change: (packs: StoredPack[]) => StoredPack[]): Promise<StoredPack[]> {
  const next = change(readPacks(await packsItem.getValue()));
  await packsItem.setValue(next);
  return next;
}
