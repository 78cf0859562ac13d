import { isRecord } from '../../lib/settings/settings';
import { PANEL_WIDTH as WIDTH } from '../../lib/panel-layout';
import type { PlatformChoice } from '../../lib/tickets/ticket-platform';
import type { Answer } from '../../lib/runbooks/triage-machine';
import { MEMORY_LIMIT, MEMORY_TTL_MS, type Memory } from '../../lib/tickets/ticket-memory';

// Plain checks of the small stored values, cheap enough to run on every read (services/storage/items.ts).
// Each returns the usable value and whether something had to be thrown away: an older build's shape is
// converted silently, a broken one is reported (repair.ts).

export interface Checked<T> {
  value: T;
  /** What was broken and reset or dropped, for the user; null when nothing was lost. */
  problem: string | null;
}

export interface PanelPrefs {
  width: number;
  /** The agent's last toggle; null until they toggle, then the default state (settings) applies. */
  collapsed: boolean | null;
  /** Whose commands show when the ticket names no platform: the agent's last pick. */
  platform: PlatformChoice;
}

export const DEFAULT_PANEL_PREFS: PanelPrefs = { width: WIDTH.initial, collapsed: null, platform: 'both' };
const PLATFORM_CHOICES: readonly unknown[] = ['windows', 'macos', 'both'];

export function checkPanelPrefs(raw: unknown): Checked<PanelPrefs> {
  if (raw === undefined || raw === null) return { value: DEFAULT_PANEL_PREFS, problem: null };
  if (!isRecord(raw)) return { value: DEFAULT_PANEL_PREFS, problem: 'panel width and collapsed state' };
  const { width, collapsed, platform } = raw;
  const widthOk = typeof width === 'number' && Number.isFinite(width) && width >= WIDTH.min && width <= WIDTH.max;
  // Builds before the remembered toggle stored no `collapsed`: the default state applies (not a loss).
  const collapsedOk = collapsed === undefined || collapsed === null || typeof collapsed === 'boolean';
  // Builds before the platform toggle stored none: both platforms show (not a loss).
  const platformOk = platform === undefined || PLATFORM_CHOICES.includes(platform);
  const value: PanelPrefs = {
    width: widthOk ? width : DEFAULT_PANEL_PREFS.width,
    collapsed: collapsedOk ? ((collapsed as boolean | null | undefined) ?? null) : null,
    platform: platformOk && platform !== undefined ? (platform as PlatformChoice) : DEFAULT_PANEL_PREFS.platform,
  };
  const lost = [
    !widthOk && 'panel width',
    !collapsedOk && 'panel collapsed state',
    !platformOk && 'command platform',
  ].filter(Boolean);
  return { value, problem: lost.length ? lost.join(' and ') : null };
}

export const isAnswers = (value: unknown): value is Answer[] =>
  Array.isArray(value) &&
  value.every(
    (a) => isRecord(a) && typeof a.node === 'string' && Number.isInteger(a.option) && (a.option as number) >= 0,
  );

export const isVote = (value: unknown): value is 'yes' | 'no' => value === 'yes' || value === 'no';

/**
 * Per-ticket memory (triage answers, votes): broken entries are dropped one by one, the rest kept.
 * Expired entries and those past the limit (an older build kept more) are pruned silently.
 */
export function checkMemory<T>(
  raw: unknown,
  isValue: (value: unknown) => value is T,
  what: string,
  now = Date.now(),
): Checked<Memory<T>> {
  if (raw === undefined || raw === null) return { value: {}, problem: null };
  if (!isRecord(raw)) return { value: {}, problem: `${what} (all)` };
  let broken = 0;
  const entries = Object.entries(raw).filter(([key, entry]) => {
    const ok =
      key.includes('|') &&
      isRecord(entry) &&
      typeof entry.at === 'number' &&
      Number.isFinite(entry.at) &&
      isValue(entry.value);
    if (!ok) broken++;
    return ok;
  }) as [string, Memory<T>[string]][];
  const kept = entries
    .filter(([, entry]) => now - entry.at < MEMORY_TTL_MS)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MEMORY_LIMIT);
  return {
    value: Object.fromEntries(kept),
    problem: broken ? `${what} (${broken} unreadable ${broken === 1 ? 'entry' : 'entries'})` : null,
  };
}

/** The notice the options page shows once: what was reset, in words. */
export function checkNotice(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((line): line is string => typeof line === 'string').slice(0, 50) : [];
}
