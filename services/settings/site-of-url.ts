import { JIRA_MATCHES, SERVICENOW_MATCHES } from '../../adapters/site-matches';
import { siteOf, siteSwitches, type Site, type SiteSwitches } from '../../lib/settings/site-switch';
import { browser } from 'wxt/browser';
import { readManagedRaw } from './managed-raw';

const BUILT_IN = { servicenow: SERVICENOW_MATCHES, jira: JIRA_MATCHES } as const;

/** The site of this page if Runbook Lens is switched on for it, else null (the scripts then do nothing). */
export function activeSite(url: URL, switches: SiteSwitches): Site | null {
  const site = siteOf(url, BUILT_IN, switches.hosts);
  return site && switches.sites[site] ? site : null;
}

/** The switches in force, read without the settings schema (the ticket reader runs in every frame). */
export async function loadSwitches(): Promise<SiteSwitches> {
  // The raw stored value (the `local:settings` item's key), read without @wxt-dev/storage: that
  // library alone would add 9 KB to the script injected into every frame. siteSwitches() checks shapes.
  const [stored, managed] = await Promise.all([browser.storage.local.get('settings'), readManagedRaw()]);
  return siteSwitches(stored.settings, managed);
}
