import { browser } from 'wxt/browser';
import { loadEffective } from '../../services/settings/effective';
import { hostPattern } from '../../lib/settings/custom-hosts';
import { hostScripts, planHostScripts, type HostScript } from '../../lib/settings/host-scripts';
import type { HostStatus } from '../../lib/messages';

/** Registering an id that persisted from an earlier session throws; replace it instead. */
async function register(script: HostScript): Promise<void> {
  try {
    await browser.scripting.registerContentScripts([script]);
  } catch (error) {
    if (!/duplicate script id/i.test(String((error as Error).message))) throw error;
    await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    await browser.scripting.registerContentScripts([script]);
  }
}

/**
 * Makes the registered content scripts match the custom hosts in force: one pair per host whose site is
 * switched on and whose permission the user granted (a registration without the permission succeeds
 * but never injects, so it would only pretend). Runs at every service-worker start, so registrations
 * lost with a profile or browser restart come back from storage. Returns each host's state.
 */
export async function syncHostScripts(): Promise<HostStatus[]> {
  const effective = await loadEffective();
  const statuses: HostStatus[] = [];
  for (const host of effective.hosts) {
    const permitted = await browser.permissions.contains({ origins: [hostPattern(host.host)] });
    statuses.push({ ...host, permitted, active: permitted && effective.settings.sites[host.site] });
  }
  const wanted = hostScripts(statuses.filter((s) => s.active));
  const plan = planHostScripts(wanted, await browser.scripting.getRegisteredContentScripts());
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  for (const script of plan.register) {
    try {
      await register(script);
    } catch (error) {
      const status = statuses.find((s) => script.id.endsWith(`:${s.host}`));
      if (status) Object.assign(status, { active: false, error: (error as Error).message });
    }
  }
  return statuses;
}
