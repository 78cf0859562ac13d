import { resolveSettings } from '../../lib/settings/policy';
import { useLibrary } from '../hooks/use-library';
import { usePolicy } from '../hooks/use-policy';
import { FeedbackExport } from './feedback-export';
import { ForgetTicketData } from './forget-ticket-data';
import { HostsSection } from './hosts-section';
import { LearningSection } from './learning-section';
import { OrgSitesSection } from './org-sites-section';
import { PacksSection } from './packs-section';
import { OrgValuesSection } from './org-values-section';
import { PanelSection } from './panel-section';
import { SitesSection } from './sites-section';
import { StorageNotice } from './storage-notice';
import { useLocalSettings } from './use-settings';

/** The options page: the user's settings, with the organization's policy applied and shown locked. */
export function OptionsApp() {
  const [local, change, loaded] = useLocalSettings();
  const policy = usePolicy();
  const library = useLibrary();
  if (!policy || !loaded) return <p>Loading…</p>;
  // Resolved in render from the local state, so a change shows at once (lib/settings/policy.ts: managed wins).
  const effective = { ...resolveSettings(local, policy.policy), problems: policy.problems };
  const managed =
    effective.packUrls.length > 0 ||
    effective.hosts.some((h) => h.managed) ||
    Object.values(effective.locks.sites).some(Boolean) ||
    effective.locks.panelDefaultState ||
    effective.locks.panelSide ||
    effective.locks.orgValues.length > 0 ||
    Object.values(effective.locks.learning).some(Boolean) ||
    effective.locks.orgSites;
  return (
    <main className="options">
      <h1>Runbook Lens settings</h1>
      <StorageNotice />
      {managed && (
        <p className="notice" data-testid="managed-notice">
          Some settings are managed by your organization (🔒) and cannot be changed here.
        </p>
      )}
      {effective.problems.length > 0 && (
        <div className="notice" role="alert">
          Parts of your organization's policy were ignored:
          <ul>
            {effective.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <SitesSection effective={effective} onChange={change} />
      <HostsSection effective={effective} onChange={change} />
      <OrgSitesSection effective={effective} onChange={change} />
      <PanelSection effective={effective} onChange={change} />
      <OrgValuesSection effective={effective} onChange={change} />
      <PacksSection />
      <FeedbackExport library={library} />
      <LearningSection effective={effective} library={library} onChange={change} />
      <ForgetTicketData />
    </main>
  );
}
