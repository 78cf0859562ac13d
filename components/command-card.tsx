import { useState } from 'react';
import type { Command } from '../lib/runbooks/runbook-schema';
import { cleanCommand, commandNote } from '../lib/tickets/work-note';
import { copyText } from '../services/clipboard';
import { insertOrCopy } from './note-actions';
import { useTicketActions } from './ticket-actions';

const SHELL_LABEL = { powershell: 'PowerShell', bash: 'bash', zsh: 'zsh', cmd: 'cmd' } as const;
const PLATFORM_LABEL = { windows: 'Windows', macos: 'macOS', linux: 'Linux' } as const;

export function CommandCard({ command, runbookTitle }: { command: Command; runbookTitle: string }) {
  const { insert, targetName } = useTicketActions();
  const [status, setStatus] = useState('');
  const code = cleanCommand(command.code);
  const copy = async (): Promise<void> => setStatus((await copyText(code)) ? 'Copied.' : 'Copy failed.');
  const insertNote = async (): Promise<void> =>
    setStatus(await insertOrCopy(insert, commandNote(runbookTitle, command.label, code), targetName));
  return (
    <figure className="command" data-testid="command" data-shell={command.shell}>
      <figcaption>
        <span className="command-label">{command.label}</span>
        <span className="command-meta">
          <span className="badge">{SHELL_LABEL[command.shell]}</span>
          <span className="badge">{PLATFORM_LABEL[command.platform]}</span>
          {command.effect === 'change' && <span className="badge badge-warning">Changes state</span>}
        </span>
      </figcaption>
      <pre tabIndex={0} aria-label={`${command.label} (${SHELL_LABEL[command.shell]})`}>
        <code>{code}</code>
      </pre>
      <div className="command-actions">
        <button type="button" data-testid="copy" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" data-testid="insert-work-note" onClick={() => void insertNote()}>
          Insert into {targetName}
        </button>
        <span className="status" role="status">
          {status}
        </span>
      </div>
    </figure>
  );
}
