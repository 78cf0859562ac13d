import type { Effective } from '../../lib/settings/policy';
import type { Settings } from '../../lib/settings/settings';
import { panelPrefs } from '../../services/storage/items';
import { Locked } from './locked';

function Choice<T extends string>(props: {
  name: string;
  value: T;
  options: readonly (readonly [T, string])[];
  disabled: boolean;
  onPick: (value: T) => void;
}) {
  return (
    <>
      {props.options.map(([value, label]) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={props.name}
            data-testid={`${props.name}-${value}`}
            checked={props.value === value}
            disabled={props.disabled}
            onChange={() => props.onPick(value)}
          />{' '}
          {label}
        </label>
      ))}
    </>
  );
}

/** How the panel starts on a ticket and which edge it docks to. */
export function PanelSection(props: { effective: Effective; onChange: (change: (s: Settings) => Settings) => void }) {
  const { settings, locks } = props.effective;
  return (
    <section aria-labelledby="panel-heading">
      <h2 id="panel-heading">Panel</h2>
      <fieldset>
        <legend>When a ticket opens, the panel is</legend>
        <Choice
          name="panel-state"
          value={settings.panel.defaultState}
          options={[
            ['open', 'Open'],
            ['collapsed', 'Collapsed to a tab'],
          ]}
          disabled={locks.panelDefaultState}
          onPick={(defaultState) => {
            props.onChange((s) => ({ ...s, panel: { ...s.panel, defaultState } }));
            // The agent's last toggle would hide the new default: start from it again.
            void panelPrefs.getValue().then((p) => panelPrefs.setValue({ ...p, collapsed: null }));
          }}
        />
        <Locked locked={locks.panelDefaultState} />
      </fieldset>
      <fieldset>
        <legend>Dock the panel to the</legend>
        <Choice
          name="panel-side"
          value={settings.panel.side}
          options={[
            ['right', 'Right (default)'],
            ['left', 'Left'],
          ]}
          disabled={locks.panelSide}
          onPick={(side) => props.onChange((s) => ({ ...s, panel: { ...s.panel, side } }))}
        />
        <Locked locked={locks.panelSide} />
      </fieldset>
    </section>
  );
}
