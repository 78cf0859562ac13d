import { useState } from 'react';
import { unsafeValueReason } from '../lib/runbooks/placeholder-safety';
import { fillPlaceholders, placeholderLabel, placeholdersIn } from '../lib/runbooks/placeholders';
import type { Command } from '../lib/runbooks/runbook-schema';
import { cleanCommand, commandNote } from '../lib/tickets/work-note';
import { copyText } from '../services/clipboard';
import { insertOrCopy, noteButtonLabel } from './note-actions';
import { PlaceholderField } from './placeholder-field';
import { useTicketActions } from './ticket-actions';

const SHELL_LABEL = { powershell: 'PowerShell', bash: 'bash', zsh: 'zsh', cmd: 'cmd' } as const;
const PLATFORM_LABEL = { windows: 'Windows', macos: 'macOS', linux: 'Linux' } as const;

/** Why the command cannot be copied yet: the first empty or unusable value, by its label. */
function blockedBy(names: readonly string[], missing: readonly string[], problems: Record<string, string | null>) {
  const name = names.find((n) => missing.includes(n) || problems[n]);
  if (!name) return null;
  return { label: placeholderLabel(name), empty: missing.includes(name) };
}

export function CommandCard(props: {
  command: Command;
  runbookTitle: string;
  /** Placeholder values by name, shared by every command of the runbook. */
  values: Readonly<Record<string, string>>;
  onValue: (name: string, value: string) => void;
}) {
  const { command, values } = props;
  const { insert, targetName } = useTicketActions();
  const [status, setStatus] = useState('');
  const clean = cleanCommand(command.code);
  const names = placeholdersIn(clean);
  const problems = Object.fromEntries(
    names.map((n) => [n, values[n]?.trim() ? unsafeValueReason(values[n].trim(), command.shell, clean, n) : null]),
  );
  const { code, missing } = fillPlaceholders(clean, values);
  const blocked = blockedBy(names, missing, problems);
  const refuse = (): void =>
    setStatus(
      blocked?.empty ? `Nothing copied: fill “${blocked.label}” first.` : `Nothing copied: check “${blocked?.label}”.`,
    );
  const copy = async (): Promise<void> => {
    if (blocked) return refuse();
    setStatus((await copyText(code)) ? 'Copied.' : 'Copy failed.');
  };
  const insertNote = async (): Promise<void> => {
    if (blocked) return refuse();
    setStatus(await insertOrCopy(insert, commandNote(props.runbookTitle, command.label, code), targetName));
  };
  const verb = (action: string): string =>
    blocked ? `${blocked.empty ? 'Fill' : 'Check'} “${blocked.label}” to ${action}` : '';
  return (
    <figure className="command" data-testid="command" data-shell={command.shell} data-platform={command.platform}>
      <figcaption>
        <span className="command-label">{command.label}</span>
        <span className="command-meta">
          <span className="badge">{SHELL_LABEL[command.shell]}</span>
          <span className="badge">{PLATFORM_LABEL[command.platform]}</span>
          {command.effect === 'change' && <span className="badge badge-warning">Changes state</span>}
        </span>
      </figcaption>
      {names.length > 0 && (
        <div className="placeholders" role="group" aria-label={`Values for ${command.label}`}>
          {names.map((name) => (
            <PlaceholderField
              key={name}
              name={name}
              value={values[name] ?? ''}
              problem={problems[name] ?? null}
              onChange={(value) => props.onValue(name, value)}
            />
          ))}
        </div>
      )}
      <pre tabIndex={0} aria-label={`${command.label} (${SHELL_LABEL[command.shell]})`}>
        {/* One block per command line: a wrapped line continues indented, so a wrap never reads as a new line. */}
        <code>
          {code.split('\n').map((line, i, lines) => (
            <span key={i} className="code-line">
              {i < lines.length - 1 ? `${line}\n` : line}
            </span>
          ))}
        </code>
      </pre>
      <div className="command-actions">
        <button type="button" data-testid="copy" onClick={() => void copy()}>
          {blocked ? verb('copy') : 'Copy'}
        </button>
        <button type="button" data-testid="insert-work-note" onClick={() => void insertNote()}>
          {blocked ? verb('insert') : noteButtonLabel(insert, targetName, 'command')}
        </button>
        <span className="status" role="status">
          {status}
        </span>
      </div>
    </figure>
  );
}
