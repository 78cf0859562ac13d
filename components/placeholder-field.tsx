import { useId } from 'react';
import { placeholderLabel, PLACEHOLDERS, type PlaceholderInfo } from '../lib/runbooks/placeholders';

// Shown only while the field is empty, so each says why the panel could not fill it.
const SOURCE_HINT = {
  ticket: 'not on the ticket: type it',
  org: 'not set in the options: type it',
  agent: 'type it',
} as const;

/** One value a command needs, editable; `problem` says why the value cannot go into the command. */
export function PlaceholderField(props: {
  name: string;
  value: string;
  problem: string | null;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const known = (PLACEHOLDERS as Record<string, PlaceholderInfo>)[props.name];
  return (
    <div className="placeholder-field">
      <label htmlFor={id}>{placeholderLabel(props.name)}</label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        data-testid="placeholder"
        data-placeholder={props.name}
        value={props.value}
        placeholder={SOURCE_HINT[known?.source.from ?? 'agent']}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={props.problem ? `${id}-problem` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.problem && (
        <span id={`${id}-problem`} className="field-problem" data-testid="placeholder-problem">
          Not usable: {props.problem}
        </span>
      )}
    </div>
  );
}
