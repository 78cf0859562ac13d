import { z } from 'zod';
import { normaliseHost } from './custom-hosts';
import { DEFAULT_SETTINGS } from './settings-defaults';
import { SITES } from './site-switch';

export { SITES } from './site-switch';
export const Site = z.enum(SITES);
export type Site = z.infer<typeof Site>;

/** A host name as normaliseHost leaves it (lower case, maybe `*.` in front). */
export const HostName = z.string().refine((h) => {
  const checked = normaliseHost(h);
  return checked.ok && checked.host === h;
}, 'is not a host name such as jira.example.com');

export const CustomHost = z.strictObject({ host: HostName, site: Site });
export type CustomHost = z.infer<typeof CustomHost>;

export const PanelState = z.enum(['open', 'collapsed']);
/** 'right' is the default: the ticket forms of both sites keep their primary fields on the left. */
export const PanelSide = z.enum(['right', 'left']);

/** What the user sets in the options page (`local:settings`). */
export const Settings = z.strictObject({
  sites: z.strictObject({ servicenow: z.boolean(), jira: z.boolean() }),
  customHosts: z.array(CustomHost).max(50),
  panel: z.strictObject({ defaultState: PanelState, side: PanelSide }),
  /** Hours between refreshes of subscribed pack URLs. */
  packRefreshHours: z.int().min(1).max(168),
});
export type Settings = z.infer<typeof Settings>;

export { DEFAULT_SETTINGS } from './settings-defaults';

/** Stored settings as far as they are valid, defaults for the rest (storage may hold an older shape). */
export function readSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = Settings.shape[key].safeParse(value[key]);
    return parsed.success ? (parsed.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    sites: field('sites'),
    customHosts: field('customHosts'),
    panel: field('panel'),
    packRefreshHours: field('packRefreshHours'),
  };
}
