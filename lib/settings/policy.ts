import {
  isOneOf,
  isRecord,
  PANEL_SIDES,
  PANEL_STATES,
  MAX_EXAMPLES_PROBLEM,
  parseHosts,
  parseOrgValues,
  parseMaxExamples,
  parseOrgSites,
  parseRefreshHours,
  parseRetentionDays,
  RETENTION_PROBLEM,
  parseSiteMap,
  SITES,
  type CustomHost,
  type PanelSide,
  type PanelState,
  type Settings,
  type Site,
} from './settings';

/**
 * What an admin may set through enterprise policy (storage.managed; public/managed-schema.json is the
 * same list for Chrome and Edge, docs/deployment.md shows it for Firefox). Every field is optional.
 */
export interface Policy {
  enabledSites?: Partial<Record<Site, boolean>>;
  customHosts?: CustomHost[];
  packUrls?: string[];
  panelDefaultState?: PanelState;
  panelSide?: PanelSide;
  packRefreshHours?: number;
  /** Organisation values for command placeholders; each one set is locked in the options page. */
  orgValues?: Record<string, string>;
  /** false: the panel learns nothing and keeps no knowledge-gap records. */
  learningEnabled?: boolean;
  learningRetentionDays?: number;
  learningMaxExamples?: number;
  /** The organization's own tenants: pack runbooks show only there, and the panel runs only there (Settings.orgSites). */
  orgSites?: string[];
}

export const MAX_POLICY_PACKS = 20;

/** An https URL without credentials: what a pack subscription may point at. */
export function isPackUrl(text: string): boolean {
  return /^https:\/\/[^/\s?#@]+(?:[/?#]\S*)?$/i.test(text) && text.length <= 2000;
}

/**
 * Reads storage.managed leniently, field by field and key by key (the same readers as the user's
 * settings): Chrome checks the policy against the schema, but Firefox does not, and one admin typo must
 * not cost the fleet the rest of its policy. Each problem is reported (the options page shows them) and
 * the field or entry is ignored.
 */
export function parsePolicy(raw: unknown): { policy: Policy; problems: string[] } {
  const value = isRecord(raw) ? raw : {};
  const policy: Policy = {};
  const problems: string[] = [];
  if (value.enabledSites !== undefined)
    policy.enabledSites = parseSiteMap(value.enabledSites, 'enabledSites', problems);
  if (value.customHosts !== undefined) policy.customHosts = parseHosts(value.customHosts, 'customHosts', problems);
  if (Array.isArray(value.packUrls)) {
    const urls: string[] = [];
    value.packUrls.forEach((url, i) => {
      if (typeof url !== 'string' || !isPackUrl(url)) problems.push(`packUrls[${i}]: must be an https:// URL`);
      else if (urls.length >= MAX_POLICY_PACKS) problems.push(`packUrls[${i}]: more than ${MAX_POLICY_PACKS} packs`);
      else if (!urls.includes(url)) urls.push(url);
    });
    policy.packUrls = urls;
  } else if (value.packUrls !== undefined) problems.push('packUrls: must be a list');
  if (isOneOf(PANEL_STATES, value.panelDefaultState)) policy.panelDefaultState = value.panelDefaultState;
  else if (value.panelDefaultState !== undefined) problems.push('panelDefaultState: must be "open" or "collapsed"');
  if (isOneOf(PANEL_SIDES, value.panelSide)) policy.panelSide = value.panelSide;
  else if (value.panelSide !== undefined) problems.push('panelSide: must be "right" or "left"');
  const hours = parseRefreshHours(value.packRefreshHours);
  if (hours !== undefined) policy.packRefreshHours = hours;
  else if (value.packRefreshHours !== undefined)
    problems.push('packRefreshHours: must be a whole number of hours, 1 to 168');
  if (value.orgValues !== undefined) policy.orgValues = parseOrgValues(value.orgValues, 'orgValues', problems);
  if (typeof value.learningEnabled === 'boolean') policy.learningEnabled = value.learningEnabled;
  else if (value.learningEnabled !== undefined) problems.push('learningEnabled: must be true or false');
  const days = parseRetentionDays(value.learningRetentionDays);
  if (days !== undefined) policy.learningRetentionDays = days;
  else if (value.learningRetentionDays !== undefined) problems.push(`learningRetentionDays: ${RETENTION_PROBLEM}`);
  const max = parseMaxExamples(value.learningMaxExamples);
  if (max !== undefined) policy.learningMaxExamples = max;
  else if (value.learningMaxExamples !== undefined) problems.push(`learningMaxExamples: ${MAX_EXAMPLES_PROBLEM}`);
  if (value.orgSites !== undefined) policy.orgSites = parseOrgSites(value.orgSites, 'orgSites', problems);
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
  /** Placeholder names whose organisation value the policy sets. */
  orgValues: string[];
  learning: { enabled: boolean; retentionDays: boolean; maxExamples: boolean };
  orgSites: boolean;
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
      orgValues: { ...local.orgValues, ...policy.orgValues },
      learning: {
        enabled: policy.learningEnabled ?? local.learning.enabled,
        retentionDays: policy.learningRetentionDays ?? local.learning.retentionDays,
        maxExamples: policy.learningMaxExamples ?? local.learning.maxExamples,
      },
      // The admin's list replaces the user's: a user could otherwise add a foreign tenant to it.
      orgSites: policy.orgSites ?? local.orgSites,
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
      orgValues: Object.keys(policy.orgValues ?? {}),
      learning: {
        enabled: policy.learningEnabled !== undefined,
        retentionDays: policy.learningRetentionDays !== undefined,
        maxExamples: policy.learningMaxExamples !== undefined,
      },
      orgSites: policy.orgSites !== undefined,
    },
  };
}
