import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { hostPattern, normaliseHost } from '../../lib/settings/custom-hosts';
import type { HostStatus } from '../../lib/messages';
import { sendMessage } from '../../services/messaging';
import type { Effective } from '../../lib/settings/policy';
import type { Settings, Site } from '../../lib/settings/settings';
import { writeSettings } from './use-settings';

const syncHosts = (): Promise<HostStatus[]> => sendMessage({ type: 'sync-hosts' });

function stateText(status: HostStatus | undefined, siteOn: boolean): string {
  if (!status) return 'Checking…';
  if (status.error) return `Could not register: ${status.error}`;
  if (!siteOn) return 'Site switched off';
  if (!status.permitted) return 'Needs access';
  return status.active ? 'Active' : 'Not registered';
}

/**
 * Custom ServiceNow and Jira hosts. Adding one asks the browser for that host's permission right in
 * the click (permissions.request needs the user gesture), then the background registers the content
 * scripts for it (background/host-scripts.ts) and reports back.
 */
export function HostsSection(props: { effective: Effective; onChange: (change: (s: Settings) => Settings) => void }) {
  const { effective, onChange } = props;
  const [input, setInput] = useState('');
  const [site, setSite] = useState<Site>('jira');
  const [message, setMessage] = useState('');
  const [statuses, setStatuses] = useState<HostStatus[]>([]);
  const refresh = useCallback(() => {
    syncHosts().then(
      (s) => setStatuses(Array.isArray(s) ? s : []),
      (error: Error) => setMessage(`Could not check the hosts: ${error.message}`),
    );
  }, []);
  const hostsKey = JSON.stringify(effective.hosts) + JSON.stringify(effective.settings.sites);
  useEffect(refresh, [refresh, hostsKey]);

  const grant = (host: string, then?: () => Promise<void>): void => {
    // First statement of the click: the request needs the user gesture (and hangs in headless Chrome without one).
    browser.permissions.request({ origins: [hostPattern(host)] }).then(
      async (granted) => {
        if (!granted) {
          setMessage(`Access to ${host} was not granted: Runbook Lens cannot run there until it is.`);
          return;
        }
        await then?.();
        const next = await syncHosts();
        setStatuses(next);
        const status = next.find((s) => s.host === host);
        setMessage(status?.active ? `Runbook Lens now runs on https://${host}/ (reload open tickets).` : '');
      },
      (error: Error) => setMessage(error.message),
    );
  };

  const add = (): void => {
    const checked = normaliseHost(input);
    if (!checked.ok) {
      setMessage(checked.reason);
      return;
    }
    const host = checked.host;
    grant(host, async () => {
      // Awaited: the background reads the settings as soon as it is asked to register.
      await writeSettings((s) => ({
        ...s,
        customHosts: [...s.customHosts.filter((h) => h.host !== host), { host, site }],
      }));
      setInput('');
    });
  };

  const remove = (host: string): void => {
    onChange((s) => ({ ...s, customHosts: s.customHosts.filter((h) => h.host !== host) }));
    // Give the permission back; a build that requires the host (the e2e build) keeps it.
    browser.permissions.remove({ origins: [hostPattern(host)] }).catch(() => false);
    setMessage(`Removed ${host}.`);
  };

  return (
    <section aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Custom hosts</h2>
      <p className="hint">
        Jira Data Center or ServiceNow on your own domain. HTTPS only; the browser asks you to allow the host.
      </p>
      <ul className="hosts">
        {effective.hosts.map((h) => {
          const status = statuses.find((s) => s.host === h.host);
          return (
            <li key={h.host} data-testid="host" data-host={h.host} data-active={status?.active ? 'true' : 'false'}>
              <code>https://{h.host}/</code> <span className="badge">{h.site === 'jira' ? 'Jira' : 'ServiceNow'}</span>{' '}
              <span data-testid="host-state">{stateText(status, effective.settings.sites[h.site])}</span>
              {status && !status.permitted && (
                <button type="button" onClick={() => grant(h.host)}>
                  Grant access
                </button>
              )}
              {h.managed ? (
                <span className="locked" data-testid="locked">
                  🔒 Set by your organization
                </span>
              ) : (
                <button type="button" data-testid="host-remove" onClick={() => remove(h.host)}>
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          Host{' '}
          <input
            data-testid="host-input"
            value={input}
            placeholder="jira.example.com"
            onChange={(e) => setInput(e.target.value)}
          />
        </label>
        <label>
          Site{' '}
          <select data-testid="host-site" value={site} onChange={(e) => setSite(e.target.value as Site)}>
            <option value="jira">Jira</option>
            <option value="servicenow">ServiceNow</option>
          </select>
        </label>
        <button type="submit" data-testid="host-add">
          Add host
        </button>
      </form>
      <p role="status" data-testid="host-message">
        {message}
      </p>
    </section>
  );
}
