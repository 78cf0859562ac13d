import { z } from 'zod';
import { normaliseHost } from './custom-hosts';
import { PanelSide, PanelState, Site, SITES, type CustomHost, type Settings } from './settings';

/**
 * What an admin may set through enterprise policy (storage.managed; public/managed-schema.json is the
 * same list for Chrome and Edge, docs/deployment.md shows it for Firefox). Every field is optional.
 */
export interface Policy {
  enabledSites?: Partial<Record<Site, boolean>>;
  customHosts?: CustomHost[];
  packUrls?: string[];
  panelDefaultState?: z.infer<typeof PanelState>;
  panelSide?: z.infer<typeof PanelSide>;
  packRefreshHours?: number;
}

export const MAX_POLICY_PACKS = 20;

/** An https URL without credentials: what a pack subscription may point at. */
export function isPackUrl(text: string): boolean {
  return /^https:\/\/[^/\s?#@]+(?:[/?#]\S*)?$/i.test(text) && text.length <= 2000;
}

const PolicyHost = z.strictObject({ host: z.string(), site: Site });

/**
 * Reads storage.managed leniently, field by field: Chrome checks the policy against the schema, but
 * Firefox does not, and one admin typo must not cost the fleet the rest of its policy. Each problem is
 * reported (the options page shows them) and the field or entry is ignored.
 */
export function parsePolicy(raw: unknown): { policy: Policy; problems: string[] } {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const policy: Policy = {};
  const problems: string[] = [];
  const sites = z.record(z.string(), z.boolean()).safeParse(value.enabledSites);
  if (value.enabledSites !== undefined && !sites.success)
    problems.push('enabledSites: must map site names to true/false');
  if (sites.success) {
    policy.enabledSites = {};
    for (const [site, on] of Object.entries(sites.data)) {
      if ((SITES as readonly string[]).includes(site)) policy.enabledSites[site as Site] = on;
      else problems.push(`enabledSites.${site}: unknown site (use ${SITES.join(' or ')})`);
    }
  }
  if (Array.isArray(value.customHosts)) {
    policy.customHosts = [];
    value.customHosts.forEach((entry, i) => {
      const parsed = PolicyHost.safeParse(entry);
      const host = parsed.success ? normaliseHost(parsed.data.host) : null;
      if (!parsed.success) problems.push(`customHosts[${i}]: needs "host" and "site" (${SITES.join(' or ')})`);
      else if (!host?.ok) problems.push(`customHosts[${i}].host: ${host?.reason}`);
      else policy.customHosts!.push({ host: host.host, site: parsed.data.site });
    });
  } else if (value.customHosts !== undefined) problems.push('customHosts: must be a list');
  if (Array.isArray(value.packUrls)) {
    policy.packUrls = [];
    value.packUrls.forEach((url, i) => {
      if (typeof url !== 'string' || !isPackUrl(url)) problems.push(`packUrls[${i}]: must be an https:// URL`);
      else if (policy.packUrls!.length >= MAX_POLICY_PACKS)
        problems.push(`packUrls[${i}]: more than ${MAX_POLICY_PACKS} packs`);
      else if (!policy.packUrls!.includes(url)) policy.packUrls!.push(url);
    });
  } else if (value.packUrls !== undefined) problems.push('packUrls: must be a list');
  const one = <T>(key: keyof Policy, schema: z.ZodType<T>, hint: string): T | undefined => {
    if (value[key] === undefined) return undefined;
    const parsed = schema.safeParse(value[key]);
    if (!parsed.success) problems.push(`${key}: ${hint}`);
    return parsed.success ? parsed.data : undefined;
  };
  const state = one('panelDefaultState', PanelState, 'must be "open" or "collapsed"');
  const side = one('panelSide', PanelSide, 'must be "right" or "left"');
  const hours = one('packRefreshHours', z.int().min(1).max(168), 'must be a whole number of hours, 1 to 168');
  if (state) policy.panelDefaultState = state;
  if (side) policy.panelSide = side;
  if (hours) policy.packRefreshHours = hours;
  return { policy, problems };
}

export interface EffectiveHost extends CustomHost {
  /** From policy: shown locked, cannot be removed in the options page. */
  managed: boolean;
}

/** Which settings the policy fixes; the options page shows them locked. */
export interface Locks {
  sites: Record<Site, boolean>;
  panelDefaultState: boolean;
  panelSide: boolean;
  packRefreshHours: boolean;
}

export interface Effective {
  settings: Settings;
  hosts: EffectiveHost[];
  /** Pack URLs the policy subscribes to (user subscriptions live with the packs). */
  packUrls: string[];
  locks: Locks;
}

/**
 * Managed settings win over local ones, field by field: a value the policy sets replaces the user's and
 * is locked; lists are joined, the policy's entries first and locked (a user's entry for a host the
 * policy also names takes the policy's site).
 */
export function resolveSettings(local: Settings, policy: Policy): Effective {
  const managedHosts = policy.customHosts ?? [];
  const hosts: EffectiveHost[] = [
    ...managedHosts.map((h) => ({ ...h, managed: true })),
    ...local.customHosts
      .filter((h) => !managedHosts.some((m) => m.host === h.host))
      .map((h) => ({ ...h, managed: false })),
  ];
  const sites = { ...local.sites };
  for (const site of SITES) sites[site] = policy.enabledSites?.[site] ?? local.sites[site];
  return {
    settings: {
      sites,
      customHosts: hosts.map(({ host, site }) => ({ host, site })),
      panel: {
        defaultState: policy.panelDefaultState ?? local.panel.defaultState,
        side: policy.panelSide ?? local.panel.side,
      },
      packRefreshHours: policy.packRefreshHours ?? local.packRefreshHours,
    },
    hosts,
    packUrls: policy.packUrls ?? [],
    locks: {
      sites: {
        servicenow: policy.enabledSites?.servicenow !== undefined,
        jira: policy.enabledSites?.jira !== undefined,
      },
      panelDefaultState: policy.panelDefaultState !== undefined,
      panelSide: policy.panelSide !== undefined,
      packRefreshHours: policy.packRefreshHours !== undefined,
    },
  };
}
