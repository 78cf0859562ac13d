import { useState } from 'react';
import type { Effective } from '../../lib/settings/policy';
import { parseOrgSites, type Settings } from '../../lib/settings/settings';
import { Locked } from './locked';

/**
 * The organization's own tenants. The panel's shadow root is open (tests and assistive tools read it),
 * so the page it sits on can read it: pack runbooks show only on these sites and the custom hosts, and
 * once they are set the panel runs only there.
 */
export function OrgSitesSection(props: {
  effective: Effective;
  onChange: (change: (s: Settings) => Settings) => void;
}) {
  const { orgSites } = props.effective.settings;
  const locked = props.effective.locks.orgSites;
  const saved = orgSites.join('\n');
  // What the user is typing; null shows the saved list (also after a change from elsewhere).
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const text = draft ?? saved;

  const save = (): void => {
    const problems: string[] = [];
    const sites = parseOrgSites(text.split(/[\s,]+/).filter(Boolean), 'line', problems);
    if (problems.length > 0) return setStatus(`Not saved: ${problems.join('; ')}`);
    props.onChange((s) => ({ ...s, orgSites: sites }));
    setDraft(null);
    setStatus(
      sites.length
        ? `Saved: the panel now runs only on ${sites.length} site(s) and your custom hosts.`
        : 'Saved: the panel runs on every tenant, with the bundled runbooks only.',
    );
  };

  return (
    <section aria-labelledby="org-sites-heading">
      <h2 id="org-sites-heading">Your organization's sites</h2>
      <p>
        One host name a line, such as <code>acme.service-now.com</code> or <code>*.acme.atlassian.net</code>. Your
        packs' runbooks show only on these sites and your custom hosts: the panel can be read by the page it sits on,
        and another organization's tenant must not read yours. Once sites are named, the panel runs only there.{' '}
        {orgSites.length === 0 && (
          <strong data-testid="org-sites-unset">
            Not set: the panel shows the bundled runbooks on every tenant, and pack runbooks only on custom hosts.
          </strong>
        )}
      </p>
      <textarea
        data-testid="org-sites"
        aria-label="Your organization's sites, one a line"
        rows={3}
        value={text}
        disabled={locked}
        onChange={(e) => setDraft(e.target.value)}
      />
      <div className="row">
        <button type="button" data-testid="org-sites-save" disabled={locked || text === saved} onClick={save}>
          Save sites
        </button>
        <Locked locked={locked} />
        <span role="status" data-testid="org-sites-status">
          {status}
        </span>
      </div>
    </section>
  );
}
