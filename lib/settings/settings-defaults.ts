import type { Settings } from './settings';

/** Kept apart from the Zod schema so that the content scripts' storage items do not bundle Zod. */
export const DEFAULT_SETTINGS: Settings = {
  sites: { servicenow: true, jira: true },
  customHosts: [],
  panel: { defaultState: 'open', side: 'right' },
  packRefreshHours: 6,
};
