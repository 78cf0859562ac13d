import { parseSettings, type Settings } from '../../lib/settings/settings';
import type { Checked } from './shapes';

/** The user reads what was reset in words, one per settings field. */
const LABEL: Record<keyof Settings, string> = {
  sites: 'sites switched on',
  customHosts: 'custom hosts',
  panel: 'panel default state and side',
  packRefreshHours: 'pack refresh interval',
  orgValues: 'organisation values for commands',
  learning: 'learning from picks (switch, retention)',
  orgSites: "your organization's sites",
};
const fieldOf = (problem: string): string => problem.split(/[.[:]/, 1)[0] ?? problem;

/**
 * The stored settings field by field (lib/settings/settings.ts): a valid field is kept, a broken one
 * reset to its default and named. A field an older build did not have takes its default, and one a newer
 * schema dropped is left out, both silently: nothing the user chose is lost there.
 */
export function checkSettings(raw: unknown): Checked<Settings> {
  const { settings, problems } = parseSettings(raw);
  if (problems.length === 0) return { value: settings, problem: null };
  const fields = [...new Set(problems.map(fieldOf))];
  const words = fields.map((f) => (f in LABEL ? LABEL[f as keyof Settings] : 'settings (all)'));
  return { value: settings, problem: `settings: ${words.join(', ')}` };
}
