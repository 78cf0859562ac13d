import { hostCovers, patternCovers } from './custom-hosts';
import { parsePolicy, resolveSettings } from './policy';
import { readSettings, SITES, type CustomHost, type Site } from './settings';

export { SITES, type Site } from './settings';

export interface SiteSwitches {
  sites: Record<Site, boolean>;
  /** Custom hosts in force (policy first), each with its site. */
  hosts: CustomHost[];
  /** The organization's own tenants (Settings.orgSites); empty: not set. */
  orgSites: string[];
}

/**
 * The site switches in force, from the raw stored settings and the raw managed policy: the same readers
 * and the same precedence as the panel and the options page (resolveSettings), so they cannot disagree.
 */
export function siteSwitches(local: unknown, managed: unknown): SiteSwitches {
  const { settings } = resolveSettings(readSettings(local), parsePolicy(managed).policy);
  return { sites: settings.sites, hosts: settings.customHosts, orgSites: settings.orgSites };
}

/**
 * Is this page one of the organization's own: a custom host, or a tenant the organization's sites
 * name? Pack runbooks (the organization's own knowledge, and its pack names) show only there: the
 * panel's shadow root is open, so any page it runs on can read them.
 */
export function isOrgSite(url: { hostname: string }, switches: SiteSwitches): boolean {
  return (
    switches.orgSites.some((host) => hostCovers(host, url.hostname)) ||
    switches.hosts.some((h) => hostCovers(h.host, url.hostname))
  );
}

/**
 * Does the panel run on this page, as far as the organization's sites go: on them once they are named,
 * on every tenant while none are (it then shows the bundled runbooks only, which are public).
 */
export function panelRunsOn(url: { hostname: string }, switches: SiteSwitches): boolean {
  return switches.orgSites.length === 0 || isOrgSite(url, switches);
}

/** Which site a page belongs to: a built-in domain (match patterns per site), or a custom host. */
export function siteOf(
  url: { protocol: string; hostname: string },
  builtIn: Record<Site, readonly string[]>,
  hosts: readonly CustomHost[],
): Site | null {
  for (const site of SITES) if (builtIn[site].some((p) => patternCovers(p, url))) return site;
  if (url.protocol !== 'https:') return null;
  return hosts.find((h) => hostCovers(h.host, url.hostname))?.site ?? null;
}
