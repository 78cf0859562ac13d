import { showsFor, type PlatformChoice } from '../tickets/ticket-platform';
import type { Command } from './runbook-schema';

/**
 * The commands to show for a platform choice, diagnostics before changes (reading state comes before
 * altering it), the runbook's own order kept within each group.
 */
export function commandsFor(commands: readonly Command[], choice: PlatformChoice): Command[] {
  const shown = commands.filter((c) => showsFor(c.platform, choice));
  return [...shown.filter((c) => c.effect === 'diagnostic'), ...shown.filter((c) => c.effect !== 'diagnostic')];
}
