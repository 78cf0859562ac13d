import { DEFAULT_SETTINGS, Settings } from '../../lib/settings';
import { isRecord, type Checked } from './shapes';

const LABEL: Record<keyof Settings, string> = {
  sites: 'sites switched on',
  customHosts: 'custom hosts',
  panel: 'panel default state and side',
  packRefreshHours: 'pack refresh interval',
};

/**
 * The stored settings field by field: a valid field is kept, a broken one reset to its default and
 * named. A field an older build did not have (absent) takes its default, and one a newer schema dropped
 * is left out, both silently: nothing the user chose is lost there.
 */
export function checkSettings(raw: unknown): Checked<Settings> {
  if (raw === undefined || raw === null) return { value: DEFAULT_SETTINGS, problem: null };
  if (!isRecord(raw)) return { value: DEFAULT_SETTINGS, problem: 'settings (all)' };
  const value = { ...DEFAULT_SETTINGS };
  const lost: string[] = [];
  for (const key of Object.keys(LABEL) as (keyof Settings)[]) {
    if (raw[key] === undefined) continue;
    const parsed = Settings.shape[key].safeParse(raw[key]);
    if (parsed.success) (value as Record<string, unknown>)[key] = parsed.data;
    else lost.push(LABEL[key]);
  }
  return { value, problem: lost.length ? `settings: ${lost.join(', ')}` : null };
}
