import { browser } from 'wxt/browser';
import { BUNDLED_IDS } from '../../services/library/bundled-ids';
import { fetchPack } from '../../services/packs/fetch-pack';
import { readPacks, updatePacks } from '../../services/packs/stored-packs';
import { loadEffective } from '../../services/settings/effective';
import { packsItem } from '../../services/storage/items';
import { applyRefresh, duePacks, replacePack, syncManagedPacks } from '../../lib/packs/pack-store';
import { isoDay } from '../../lib/runbooks/review-age';

export const REFRESH_ALARM = 'refresh-packs';

/** An hourly alarm; each run refreshes the URL packs older than the refresh interval (settings). */
export async function scheduleRefresh(): Promise<void> {
  if (!(await browser.alarms.get(REFRESH_ALARM))) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 60 });
}

/**
 * Brings managed packs in line with the policy, then refreshes due URL packs (all of them, or one,
 * when asked from the options page). Each pack is written back on its own, over a fresh read, so an
 * options-page change made meanwhile is kept.
 */
export async function refreshPacks(options: { force?: boolean; id?: string } = {}): Promise<void> {
  const effective = await loadEffective();
  const now = Date.now();
  const packs = await updatePacks((list) => syncManagedPacks(list, effective.packUrls, now));
  const due = options.force
    ? packs.filter((p) => p.source.kind === 'url')
    : duePacks(packs, effective.settings.packRefreshHours, now);
  for (const pack of due) {
    if (options.id && pack.id !== options.id) continue;
    if (pack.source.kind !== 'url') continue;
    const check = { bundledIds: BUNDLED_IDS, today: isoDay(now), now: Date.now() };
    // One pack's failure, whatever it is, is recorded on that pack and never stops the others.
    const refreshed = await fetchPack(pack.source.url, pack.source)
      .then((outcome) => applyRefresh(pack, outcome, check))
      .catch((error: unknown) => applyRefresh(pack, { kind: 'failed', message: String(error) }, check));
    const latest = readPacks(await packsItem.getValue());
    if (latest.some((p) => p.id === pack.id)) await packsItem.setValue(replacePack(latest, refreshed));
  }
}
