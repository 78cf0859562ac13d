import { normaliseHost } from './custom-hosts';
import { PLACEHOLDER_NAME } from '../runbooks/placeholders';

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

/** What the panel learns from the agent's picks, and the knowledge-gap report (lib/learning). */
export interface LearningSettings {
  enabled: boolean;
  /** Examples and gap records older than this are forgotten. */
  retentionDays: number;
  /** Past this many examples (and gap records), the oldest go. */
  maxExamples: number;
}

export const DEFAULT_LEARNING: LearningSettings = { enabled: true, retentionDays: 180, maxExamples: 5000 };
export const LEARNING_LIMITS = { retentionDays: { min: 1, max: 3650 }, maxExamples: { min: 1, max: 5000 } };

/** What the user sets in the options page (`local:settings`). */
export interface Settings {
  sites: Record<Site, boolean>;
  customHosts: CustomHost[];
  panel: { defaultState: PanelState; side: PanelSide };
  /** Hours between refreshes of subscribed pack URLs. */
  packRefreshHours: number;
  /** Organisation values for command placeholders (`VPN_GATEWAY` → `vpn.acme.com`), by placeholder name. */
  orgValues: Record<string, string>;
  learning: LearningSettings;
  /**
   * The organization's own tenants (`acme.service-now.com`, `*.acme.atlassian.net`). Pack runbooks
   * show only there and on custom hosts; once set, the panel runs only there too, so a page on another
   * tenant gets no panel to read.
   */
  orgSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  sites: { servicenow: true, jira: true },
  customHosts: [],
  panel: { defaultState: 'open', side: 'right' },
  packRefreshHours: 6,
  orgValues: {},
  learning: DEFAULT_LEARNING,
  orgSites: [],
};

export const MAX_CUSTOM_HOSTS = 50;
export const MAX_ORG_SITES = 50;

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

export const MAX_ORG_VALUE = 256;

/**
 * Organisation values name by name: a placeholder name (UPPER_SNAKE_CASE) mapped to a short line of
 * text; an empty value means "not set". Whether a value is safe in a command is decided per shell where
 * it is used (lib/runbooks/placeholder-safety.ts); here only its shape is checked.
 */
export function parseOrgValues(raw: unknown, path: string, problems: Problems): Record<string, string> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push(`${path}: must map placeholder names to text`);
    return {};
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!PLACEHOLDER_NAME.test(name)) problems.push(`${path}.${name}: not a placeholder name (UPPER_SNAKE_CASE)`);
    else if (typeof value !== 'string') problems.push(`${path}.${name}: must be text`);
    // eslint-disable-next-line no-control-regex -- one line of text: no line breaks or control characters
    else if (value.length > MAX_ORG_VALUE || /[\u0000-\u001f\u007f]/.test(value))
      problems.push(`${path}.${name}: must be one line of at most ${MAX_ORG_VALUE} characters`);
    else if (value.trim()) values[name] = value;
  }
  return values;
}

/** The organization's sites, each normalised as a host (maybe `*.`); bad entries are named and left out. */
export function parseOrgSites(raw: unknown, path: string, problems: Problems): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${path}: must be a list of host names`);
    return [];
  }
  const sites: string[] = [];
  raw.forEach((entry, i) => {
    const checked = typeof entry === 'string' ? normaliseHost(entry) : null;
    if (!checked) problems.push(`${path}[${i}]: must be a host name, such as acme.service-now.com`);
    else if (!checked.ok) problems.push(`${path}[${i}]: ${checked.reason}`);
    else if (sites.length >= MAX_ORG_SITES) problems.push(`${path}[${i}]: more than ${MAX_ORG_SITES} sites`);
    else if (!sites.includes(checked.host)) sites.push(checked.host);
  });
  return sites;
}

export function parseRefreshHours(raw: unknown): number | undefined {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 168 ? raw : undefined;
}

const isWholeIn = (raw: unknown, { min, max }: { min: number; max: number }): raw is number =>
  typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max;

export const parseRetentionDays = (raw: unknown): number | undefined =>
  isWholeIn(raw, LEARNING_LIMITS.retentionDays) ? raw : undefined;
export const parseMaxExamples = (raw: unknown): number | undefined =>
  isWholeIn(raw, LEARNING_LIMITS.maxExamples) ? raw : undefined;
export const RETENTION_PROBLEM = `must be a whole number of days, ${LEARNING_LIMITS.retentionDays.min} to ${LEARNING_LIMITS.retentionDays.max}`;
export const MAX_EXAMPLES_PROBLEM = `must be a whole number, ${LEARNING_LIMITS.maxExamples.min} to ${LEARNING_LIMITS.maxExamples.max}`;

function parseLearning(raw: unknown, problems: Problems): LearningSettings {
  const learning = { ...DEFAULT_LEARNING };
  if (raw === undefined) return learning;
  if (!isRecord(raw)) {
    problems.push('learning: must be an object');
    return learning;
  }
  if (typeof raw.enabled === 'boolean') learning.enabled = raw.enabled;
  else if (raw.enabled !== undefined) problems.push('learning.enabled: must be true or false');
  const days = parseRetentionDays(raw.retentionDays);
  if (days !== undefined) learning.retentionDays = days;
  else if (raw.retentionDays !== undefined) problems.push(`learning.retentionDays: ${RETENTION_PROBLEM}`);
  const max = parseMaxExamples(raw.maxExamples);
  if (max !== undefined) learning.maxExamples = max;
  else if (raw.maxExamples !== undefined) problems.push(`learning.maxExamples: ${MAX_EXAMPLES_PROBLEM}`);
  return learning;
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
  const orgValues = parseOrgValues(raw.orgValues, 'orgValues', problems);
  const orgSites = parseOrgSites(raw.orgSites, 'orgSites', problems);
  return {
    settings: {
      sites,
      customHosts,
      panel,
      packRefreshHours: hours ?? DEFAULT_SETTINGS.packRefreshHours,
      orgValues,
      orgSites,
      learning: parseLearning(raw.learning, problems),
    },
    problems,
  };
}

/** The settings alone, for readers that have no one to tell about problems. */
export const readSettings = (raw: unknown): Settings => parseSettings(raw).settings;

export { isOneOf };
