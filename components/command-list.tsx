import { useCallback, useState } from 'react';
import { commandsFor } from '../lib/runbooks/command-order';
import type { Runbook } from '../lib/runbooks/runbook-schema';
import type { PlatformChoice } from '../lib/tickets/ticket-platform';
import { panelPrefs } from '../services/storage/items';
import { CommandCard } from './command-card';
import { useStored } from './hooks/use-stored';
import { PlatformToggle } from './platform-toggle';
import { useTicketActions } from './ticket-actions';

const PLATFORM_NAME = { windows: 'Windows', macos: 'macOS', both: '' } as const;

/**
 * The runbook's commands for the ticket's platform (the ticket's word, else the agent's last pick),
 * diagnostics first, with one set of placeholder values shared by every card: typed once, used everywhere.
 */
export function CommandList({ runbook }: { runbook: Runbook }) {
  const { placeholderDefaults, ticketPlatform } = useTicketActions();
  const [prefs, setPrefs] = useStored(panelPrefs);
  const [picked, setPicked] = useState<PlatformChoice | null>(null);
  // A runbook written for one platform shows all its commands: there is nothing to choose between.
  const spansPlatforms = new Set(runbook.commands.map((c) => c.platform)).size > 1;
  const choice = spansPlatforms ? (picked ?? ticketPlatform ?? prefs.platform) : 'both';
  const pick = (next: PlatformChoice): void => {
    setPicked(next);
    setPrefs((p) => ({ ...p, platform: next }));
  };
  const [typed, setTyped] = useState<Record<string, string>>({});
  const onValue = useCallback((name: string, value: string) => setTyped((t) => ({ ...t, [name]: value })), []);
  const values = { ...placeholderDefaults, ...typed };
  const shown = commandsFor(runbook.commands, choice);
  return (
    <>
      {spansPlatforms && (
        <PlatformToggle value={choice} fromTicket={picked === null && ticketPlatform !== null} onChange={pick} />
      )}
      {shown.length === 0 && (
        <p className="hint" data-testid="no-platform-commands">
          This runbook has no {PLATFORM_NAME[choice]} commands.{' '}
          <button type="button" className="link" onClick={() => pick('both')}>
            Show all commands
          </button>
        </p>
      )}
      {shown.map((command) => (
        <CommandCard
          key={command.id}
          command={command}
          runbookTitle={runbook.title}
          values={values}
          onValue={onValue}
        />
      ))}
    </>
  );
}
