import type { PlatformChoice } from '../lib/tickets/ticket-platform';

const CHOICES: ReadonlyArray<[PlatformChoice, string]> = [
  ['windows', 'Windows'],
  ['macos', 'macOS'],
  ['both', 'Both'],
];

/**
 * Whose commands show: a radio group, so arrow keys move between the three choices.
 * The group lives in its own <form>: Chromium keeps radios of a name-group in the shadow root's
 * group registry after React removes them, and with them the whole old runbook view (a leak of
 * ~500 elements per runbook shown). A form owns its own registry, which goes with it.
 */
export function PlatformToggle(props: {
  value: PlatformChoice;
  /** True when the ticket itself names the platform (said beside the choice). */
  fromTicket: boolean;
  onChange: (choice: PlatformChoice) => void;
}) {
  return (
    <form className="platform-toggle-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="platform-toggle" data-testid="platform-toggle" data-platform={props.value}>
        <legend>Commands for</legend>
        {CHOICES.map(([value, label]) => (
          <label key={value} className={props.value === value ? 'chosen' : undefined}>
            <input
              type="radio"
              name="runbook-lens-platform"
              value={value}
              data-testid={`platform-${value}`}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />
            {label}
          </label>
        ))}
        {props.fromTicket && <span className="hint">as the ticket says</span>}
      </fieldset>
    </form>
  );
}
