import { hostCovers, normaliseHost, patternCovers } from './custom-hosts';

// Deliberately free of Zod: the ticket reader runs in every frame of a ticket page and only needs to
// know whether its site is switched on; lib/policy.ts holds the full settings precedence.

export const SITES = ['servicenow', 'jira'] as const;
export type Site = (typeof SITES)[number];

export interface SiteSwitches {
  sites: Record<Site, boolean>;
  /** Custom hosts in force (policy first), each with its site. */
  hosts: Array<{ host: string; site: Site }>;
}

const isSite = (value: unknown): value is Site => (SITES as readonly unknown[]).includes(value);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function hostsOf(list: unknown): SiteSwitches['hosts'] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const { host, site } = record(entry);
    const checked = typeof host === 'string' ? normaliseHost(host) : null;
    return checked?.ok && isSite(site) ? [{ host: checked.host, site }] : [];
  });
}

/**
 * The site switches in force, from the raw stored settings and the raw managed policy: the policy's
 * value for a site wins, else the user's, else on; custom hosts are the policy's then the user's (the
 * same precedence as resolveSettings in lib/policy.ts, which the unit tests hold together).
 */
export function siteSwitches(local: unknown, managed: unknown): SiteSwitches {
  const localSites = record(record(local).sites);
  const policySites = record(record(managed).enabledSites);
  const pick = (site: Site): boolean => {
    const value = typeof policySites[site] === 'boolean' ? policySites[site] : localSites[site];
    return typeof value === 'boolean' ? value : true;
  };
  const policyHosts = hostsOf(record(managed).customHosts);
  const localHosts = hostsOf(record(local).customHosts).filter((h) => !policyHosts.some((p) => p.host === h.host));
  return { sites: { servicenow: pick('servicenow'), jira: pick('jira') }, hosts: [...policyHosts, ...localHosts] };
}

/** Which site a page belongs to: a built-in domain (match patterns per site), or a custom host. */
export function siteOf(
  url: { protocol: string; hostname: string },
  builtIn: Record<Site, readonly string[]>,
  hosts: SiteSwitches['hosts'],
): Site | null {
  for (const site of SITES) if (builtIn[site].some((p) => patternCovers(p, url))) return site;
  if (url.protocol !== 'https:') return null;
  return hosts.find((h) => hostCovers(h.host, url.hostname))?.site ?? null;
}
