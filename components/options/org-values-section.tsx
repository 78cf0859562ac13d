import { unsafeValueReason } from '../../lib/runbooks/placeholder-safety';
import { PLACEHOLDERS, type PlaceholderInfo } from '../../lib/runbooks/placeholders';
import type { Effective } from '../../lib/settings/policy';
import { MAX_ORG_VALUE, type Settings } from '../../lib/settings/settings';
import { Locked } from './locked';

/** The placeholders an organisation answers once for everyone: gateway, tenant, site code … */
const ORG_NAMES = (Object.entries(PLACEHOLDERS) as [string, PlaceholderInfo][])
  .filter(([, info]) => info.source.from === 'org')
  .map(([name, info]) => [name, info.label] as const);

const SHELLS = ['powershell', 'cmd', 'bash', 'zsh'] as const;

/** A character no command could take (spaces are judged per command: quoted placeholders allow them). */
function warningFor(value: string): string | null {
  for (const shell of SHELLS) {
    const reason = unsafeValueReason(value.trim(), shell);
    if (reason && !reason.includes('space')) return reason;
  }
  return null;
}

function setValue(settings: Settings, name: string, value: string): Settings {
  const { [name]: _, ...rest } = settings.orgValues;
  return { ...settings, orgValues: value.trim() ? { ...rest, [name]: value } : rest };
}

/** Values the panel fills into runbook commands (`__VPN_GATEWAY__` …); the agent can still edit them. */
export function OrgValuesSection(props: {
  effective: Effective;
  onChange: (change: (s: Settings) => Settings) => void;
}) {
  const { settings, locks } = props.effective;
  return (
    <section aria-labelledby="org-values-heading">
      <h2 id="org-values-heading">Values for commands</h2>
      <p className="hint">
        Runbook commands name these as placeholders; the panel fills them in, and agents can still change them before
        copying.
      </p>
      <dl className="org-values">
        {ORG_NAMES.map(([name, label]) => {
          const value = settings.orgValues[name] ?? '';
          const locked = locks.orgValues.includes(name);
          const warning = value ? warningFor(value) : null;
          return (
            <div key={name} className="row">
              <dt>
                <label htmlFor={`org-${name}`}>{label}</label>
              </dt>
              <dd>
                <input
                  id={`org-${name}`}
                  type="text"
                  spellCheck={false}
                  data-testid="org-value"
                  data-placeholder={name}
                  maxLength={MAX_ORG_VALUE}
                  value={value}
                  disabled={locked}
                  aria-describedby={warning ? `org-${name}-warning` : undefined}
                  onChange={(event) => props.onChange((s) => setValue(s, name, event.target.value))}
                />
                <Locked locked={locked} />
                {warning && (
                  <span id={`org-${name}-warning`} className="warning" role="alert">
                    Commands will refuse this value: {warning}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
