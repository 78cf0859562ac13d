import { JIRA_MATCHES, SERVICENOW_MATCHES } from '../../adapters/site-matches';
import {
  isOrgSite,
  panelRunsOn,
  siteOf,
  siteSwitches,
  type Site,
  type SiteSwitches,
} from '../../lib/settings/site-switch';
import type { Effective } from '../../lib/settings/policy';
import { browser } from 'wxt/browser';
import { readManagedRaw } from './managed-raw';

const BUILT_IN = { servicenow: SERVICENOW_MATCHES, jira: JIRA_MATCHES } as const;

/**
 * The site of this page if Runbook Lens is switched on for it and it is one of the organization's
 * (when those are set), else null: the scripts then do nothing, so another tenant's page has no panel
 * (and no runbooks) to read in the open shadow root.
 */
export function activeSite(url: URL, switches: SiteSwitches): Site | null {
  const site = siteOf(url, BUILT_IN, switches.hosts);
  return site && switches.sites[site] && panelRunsOn(url, switches) ? site : null;
}

/** Whether this page shows pack runbooks (lib/settings/site-switch.ts isOrgSite). */
export const showsPacks = (url: URL, switches: SiteSwitches): boolean => isOrgSite(url, switches);

/** The switches of the settings in force (the panel and options page hold those, not the raw values). */
export const switchesOf = (effective: Effective): SiteSwitches => ({
  sites: effective.settings.sites,
  hosts: effective.hosts,
  orgSites: effective.settings.orgSites,
});

/** The switches in force, read without the settings schema (the ticket reader runs in every frame). */
export async function loadSwitches(): Promise<SiteSwitches> {
  // The raw stored value (the `settings` item's key), read without services/storage/items.ts: its checks
  // and readers would add to the script injected into every frame (30 KB). siteSwitches() checks shapes.
  const [stored, managed] = await Promise.all([browser.storage.local.get('settings'), readManagedRaw()]);
  return siteSwitches(stored.settings, managed);
}
