import { JIRA_MATCHES, SERVICENOW_MATCHES } from '../../adapters/site-matches';
import { siteOf, siteSwitches, type Site, type SiteSwitches } from '../../lib/site-switch';
import { localSettings } from '../storage/items';
import { readManagedRaw } from './managed-raw';

const BUILT_IN = { servicenow: SERVICENOW_MATCHES, jira: JIRA_MATCHES } as const;

/** The site of this page if Runbook Lens is switched on for it, else null (the scripts then do nothing). */
export function activeSite(url: URL, switches: SiteSwitches): Site | null {
  const site = siteOf(url, BUILT_IN, switches.hosts);
  return site && switches.sites[site] ? site : null;
}

/** The switches in force, read without the settings schema (the ticket reader runs in every frame). */
export async function loadSwitches(): Promise<SiteSwitches> {
  const [local, managed] = await Promise.all([localSettings.getValue(), readManagedRaw()]);
  return siteSwitches(local, managed);
}
