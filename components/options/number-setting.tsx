import { useState } from 'react';
import { Locked } from './locked';

/**
 * A whole-number setting. The text is the agent's while they type; only a valid value is written, so
 * clearing the field to type a new number never stores 0.
 */
export function NumberSetting(props: {
  label: string;
  testId: string;
  value: number;
  min: number;
  max: number;
  locked: boolean;
  onChange: (value: number) => void;
}) {
  // null when not editing: the field shows the setting as stored (or as a policy changes it).
  const [editing, setEditing] = useState<string | null>(null);
  const text = editing ?? String(props.value);
  const valid = (n: number): boolean => Number.isInteger(n) && n >= props.min && n <= props.max;
  return (
    <label className="row">
      {props.label}{' '}
      <input
        type="number"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        value={text}
        disabled={props.locked}
        aria-invalid={!valid(Number(text))}
        onBlur={() => setEditing(null)}
        onChange={(e) => {
          setEditing(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value !== '' && valid(n)) props.onChange(n);
        }}
      />
      <Locked locked={props.locked} />
    </label>
  );
}
