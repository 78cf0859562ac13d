import type { Effective } from '../../lib/settings/policy';
import { SITES, type Settings, type Site } from '../../lib/settings/settings';
import { Locked } from './locked';

const SITE_NAMES: Record<Site, string> = { servicenow: 'ServiceNow', jira: 'Jira Service Management' };
const SITE_HOSTS: Record<Site, string> = {
  servicenow: '*.service-now.com, *.servicenowservices.com',
  jira: '*.atlassian.net, *.jira.com',
};

/** Runbook Lens on or off per site; applies to ticket pages opened or reloaded afterwards. */
export function SitesSection(props: { effective: Effective; onChange: (change: (s: Settings) => Settings) => void }) {
  const { settings, locks } = props.effective;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p className="hint">Turn Runbook Lens on or off per site, custom hosts included. Reload open tickets to apply.</p>
      {SITES.map((site) => (
        <div className="row" key={site}>
          <label>
            <input
              type="checkbox"
              data-testid={`site-${site}`}
              checked={settings.sites[site]}
              disabled={locks.sites[site]}
              onChange={(e) => {
                const on = e.target.checked;
                props.onChange((s) => ({ ...s, sites: { ...s.sites, [site]: on } }));
              }}
            />{' '}
            {SITE_NAMES[site]} <span className="hint">({SITE_HOSTS[site]})</span>
          </label>
          <Locked locked={locks.sites[site]} />
        </div>
      ))}
    </section>
  );
}
