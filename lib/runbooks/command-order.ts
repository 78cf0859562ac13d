import { showsFor, type PlatformChoice } from '../tickets/ticket-platform';
import type { Command } from './runbook-schema';

/**
 * The commands to show for a platform choice: diagnostics before changes (reading state comes before
 * altering it), and among diagnostics those ready to run before those that ask for values, so the first
 * screen's command can be copied at once. The runbook's own order is kept within each group.
 */
export function commandsFor(commands: readonly Command[], choice: PlatformChoice): Command[] {
  const shown = commands.filter((c) => showsFor(c.platform, choice));
  const diagnostic = shown.filter((c) => c.effect === 'diagnostic');
  return [
    ...diagnostic.filter((c) => c.placeholders.length === 0),
    ...diagnostic.filter((c) => c.placeholders.length > 0),
    ...shown.filter((c) => c.effect !== 'diagnostic'),
  ];
}
