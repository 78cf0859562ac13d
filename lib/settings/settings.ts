import { normaliseHost } from './custom-hosts';

// One reader for the user's settings and the admin's policy, shared by the every-frame ticket reader,
// the panel, the options page and the background. Written without Zod on purpose: it runs in every
// frame of a ticket page, where 9 KB of schema library would cost more than these few checks.

export const SITES = ['servicenow', 'jira'] as const;
export type Site = (typeof SITES)[number];
export const PANEL_STATES = ['open', 'collapsed'] as const;
export type PanelState = (typeof PANEL_STATES)[number];
/** 'right' is the default: the ticket forms of both sites keep their primary fields on the left. */
export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

export interface CustomHost {
  /** As normaliseHost leaves it: lower case, maybe `*.` in front. */
  host: string;
  site: Site;
}

/** What the user sets in the options page (`local:settings`). */
export interface Settings {
  sites: Record<Site, boolean>;
  customHosts: CustomHost[];
  panel: { defaultState: PanelState; side: PanelSide };
  /** Hours between refreshes of subscribed pack URLs. */
  packRefreshHours: number;
}

export const DEFAULT_SETTINGS: Settings = {
  sites: { servicenow: true, jira: true },
  customHosts: [],
  panel: { defaultState: 'open', side: 'right' },
  packRefreshHours: 6,
};

export const MAX_CUSTOM_HOSTS = 50;

/** A field's problem, named by its path for the options page's notice. */
export type Problems = string[];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);
export const isSite = (value: unknown): value is Site => isOneOf(SITES, value);

/**
 * A map of site → on/off, key by key: a valid key counts whatever its neighbours hold, so one typo
 * never flips another site (the bug of three readers that disagreed).
 */
export function parseSiteMap(raw: unknown, path: string, problems: Problems): Partial<Record<Site, boolean>> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push(`${path}: must map site names to true/false`);
    return {};
  }
  const sites: Partial<Record<Site, boolean>> = {};
  for (const [key, on] of Object.entries(raw)) {
    if (!isSite(key)) problems.push(`${path}.${key}: unknown site (use ${SITES.join(' or ')})`);
    else if (typeof on !== 'boolean') problems.push(`${path}.${key}: must be true or false`);
    else sites[key] = on;
  }
  return sites;
}

/** Custom hosts entry by entry, each normalised; bad entries are named and left out. */
export function parseHosts(raw: unknown, path: string, problems: Problems, max = MAX_CUSTOM_HOSTS): CustomHost[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${path}: must be a list`);
    return [];
  }
  const hosts: CustomHost[] = [];
  raw.forEach((entry, i) => {
    const { host, site } = isRecord(entry) ? entry : {};
    const checked = typeof host === 'string' ? normaliseHost(host) : null;
    if (typeof host !== 'string' || !isSite(site))
      problems.push(`${path}[${i}]: needs "host" and "site" (${SITES.join(' or ')})`);
    else if (!checked?.ok) problems.push(`${path}[${i}].host: ${checked?.reason}`);
    else if (hosts.length >= max) problems.push(`${path}[${i}]: more than ${max} hosts`);
    else if (!hosts.some((h) => h.host === checked.host)) hosts.push({ host: checked.host, site });
  });
  return hosts;
}

export function parseRefreshHours(raw: unknown): number | undefined {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 168 ? raw : undefined;
}

/**
 * Stored settings as far as they are valid, defaults for the rest (storage may hold an older shape),
 * with a problem per broken field. A field an older build did not have takes its default silently.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: Problems } {
  const problems: Problems = [];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, problems };
  if (!isRecord(raw)) return { settings: DEFAULT_SETTINGS, problems: ['settings: not a settings object'] };
  const sites = { ...DEFAULT_SETTINGS.sites, ...parseSiteMap(raw.sites, 'sites', problems) };
  const customHosts = parseHosts(raw.customHosts, 'customHosts', problems);
  const panel = { ...DEFAULT_SETTINGS.panel };
  if (raw.panel !== undefined && !isRecord(raw.panel)) problems.push('panel: must be an object');
  if (isRecord(raw.panel)) {
    const { defaultState, side } = raw.panel;
    if (isOneOf(PANEL_STATES, defaultState)) panel.defaultState = defaultState;
    else if (defaultState !== undefined) problems.push('panel.defaultState: must be "open" or "collapsed"');
    if (isOneOf(PANEL_SIDES, side)) panel.side = side;
    else if (side !== undefined) problems.push('panel.side: must be "right" or "left"');
  }
  const hours = parseRefreshHours(raw.packRefreshHours);
  if (raw.packRefreshHours !== undefined && hours === undefined)
    problems.push('packRefreshHours: must be a whole number of hours, 1 to 168');
  return {
    settings: { sites, customHosts, panel, packRefreshHours: hours ?? DEFAULT_SETTINGS.packRefreshHours },
    problems,
  };
}

/** The settings alone, for readers that have no one to tell about problems. */
export const readSettings = (raw: unknown): Settings => parseSettings(raw).settings;

export { isOneOf };
