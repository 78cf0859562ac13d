import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { startPackServer } from '../server/pack-server';
import { writePolicyFile } from '../server/policy-file';
import { E2E_EXTENSION, launchWithExtension } from '../server/launch-chromium';
import { expect, HOSTS, panel, test } from './fixtures';
import { openOptions, packItem } from './pages/options';
import { acmePack, PACK_NAME } from './pages/packs';

/**
 * Enterprise policy, end to end: a policy file written where an admin puts it
 * (/etc/chromium/policies/managed/, docs/deployment.md) reaches the extension's storage.managed and
 * wins over the user's settings: the options page shows its values locked, local changes do not
 * override them, Jira (off by policy) gets no panel while ServiceNow does, and the policy's pack is in use.
 *
 * Needs the e2e build (npm run build:e2e), whose manifest `key` (wxt.config.ts) fixes the extension id the
 * policy is keyed by, and write access to /etc/chromium/policies/managed (root). Without that access the
 * test fails; set RL_SKIP_POLICY_TEST=1 to skip it instead (e.g. on a machine where tests do not run as
 * root). The policy file is removed when the test ends: while it exists, every Chromium on this machine
 * that loads the e2e build gets the policy too.
 */

/** The extension page's own `chrome`: the evaluate() callbacks below run in the extension. */
declare const chrome: typeof import('wxt/browser').browser;

const POLICY_FILE = '/etc/chromium/policies/managed/runbook-lens-e2e.json';
const OUTLOOK = '9d385017c611228701d22104cc95c371';
const OUTLOOK_ID = 'outlook-ost-sync-cached-mode';

/** Chromium's id for a manifest `key`: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

test.skip(process.env.RL_SKIP_POLICY_TEST === '1', 'RL_SKIP_POLICY_TEST=1: the enterprise policy test is skipped');

test('an enterprise policy file reaches storage.managed and wins: locked options, Jira off, the policy pack in use', async ({
  server,
}) => {
  const manifestFile = join(E2E_EXTENSION, 'manifest.json');
  expect(existsSync(manifestFile), `no e2e build at ${E2E_EXTENSION}: run npm run build:e2e`).toBe(true);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { key?: string };
  expect(manifest.key, 'the e2e build has no manifest.key (wxt.config.ts, RL_E2E=1)').toEqual(expect.any(String));
  const extensionId = extensionIdFromKey(manifest.key!);

  const packs = await startPackServer(HOSTS.packs);
  packs.set('/acme.json', JSON.stringify(acmePack()));
  const policy = {
    enabledSites: { servicenow: true, jira: false },
    customHosts: [{ host: HOSTS.jiraDataCenter, site: 'jira' }],
    packUrls: [packs.url('/acme.json')],
    // The policy pack's runbooks show only on the organization's own tenants.
    orgSites: [HOSTS.servicenow, HOSTS.jira],
    panelDefaultState: 'collapsed',
    panelSide: 'left',
  };
  let context: BrowserContext | undefined;
  let removePolicy: (() => void) | undefined;
  try {
    // Chromium reads policy at start: the file is in place before the browser launches.
    removePolicy = writePolicyFile(POLICY_FILE, { '3rdparty': { extensions: { [extensionId]: policy } } });
    context = await launchWithExtension({ extension: E2E_EXTENSION });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host, 'the id Chromium gave the e2e build is the one its key gives').toBe(extensionId);

    // The policy arrived, as Chromium delivers it to the extension.
    await expect.poll(() => worker.evaluate(() => chrome.storage.managed.get(null))).toEqual(policy);

    // The policy pack is fetched and applied without a preview.
    const options = await openOptions(context, extensionId);
    const pack = packItem(options, PACK_NAME);
    await expect(pack).toContainText('2 runbook(s)');
    await expect(pack).toContainText(`Subscribed to ${packs.url('/acme.json')}`);
    expect(packs.requests.some((r) => r.path === '/acme.json' && r.status === 200)).toBe(true);

    // Every value the policy sets is shown locked.
    await expect(options.getByTestId('managed-notice')).toBeVisible();
    await expect(options.getByTestId('site-servicenow')).toBeChecked();
    await expect(options.getByTestId('site-servicenow')).toBeDisabled();
    await expect(options.getByTestId('site-jira')).not.toBeChecked();
    await expect(options.getByTestId('site-jira')).toBeDisabled();
    const host = options.locator(`[data-testid="host"][data-host="${HOSTS.jiraDataCenter}"]`);
    await expect(host.getByTestId('locked')).toHaveText('🔒 Set by your organization');
    await expect(host.getByTestId('host-remove')).toHaveCount(0);
    await expect(host.getByTestId('host-state')).toHaveText('Site switched off');
    for (const id of ['panel-state-open', 'panel-state-collapsed', 'panel-side-right', 'panel-side-left'])
      await expect(options.getByTestId(id)).toBeDisabled();
    await expect(options.getByTestId('panel-state-collapsed')).toBeChecked();
    await expect(options.getByTestId('panel-side-left')).toBeChecked();
    await expect(pack.getByTestId('pack-enabled')).toBeChecked();
    await expect(pack.getByTestId('pack-enabled')).toBeDisabled();
    await expect(pack.getByTestId('pack-remove')).toHaveCount(0);
    await expect(pack.getByTestId('locked')).toBeVisible();
    // Two sites, the host, the two panel settings, the organization's sites, the pack.
    await expect(options.getByTestId('locked')).toHaveCount(7);

    // Local settings that say the opposite (as an older build, or a user editing storage, might leave
    // them) do not override the policy.
    await options.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          sites: { servicenow: true, jira: true },
          customHosts: [],
          panel: { defaultState: 'open', side: 'right' },
          packRefreshHours: 6,
        },
      }),
    );
    await options.reload();
    await expect(options.getByTestId('site-jira')).not.toBeChecked();
    await expect(options.getByTestId('site-jira')).toBeDisabled();
    await expect(options.getByTestId('panel-state-collapsed')).toBeChecked();
    await expect(options.getByTestId('panel-side-left')).toBeChecked();
    await expect(host.getByTestId('locked')).toBeVisible();
    await expect(pack.getByTestId('pack-enabled')).toBeChecked();

    // ServiceNow (on by policy): the panel, with the policy's defaults and the policy pack's runbook.
    const page = await context.newPage();
    await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
    const p = panel(page);
    await expect(p).toHaveAttribute('data-state', 'collapsed');
    await expect(p).toHaveAttribute('data-side', 'left');
    await p.getByRole('button', { name: /Open Runbook Lens/ }).click();
    await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
    await expect(p.getByTestId('runbook-title')).toHaveText(/\(Acme\)$/);
    await expect(p.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);

    // Jira (off by policy, although the local settings turn it on): no panel, on Cloud nor on the
    // policy's Data Center host.
    for (const url of [
      `${server.origin(HOSTS.jira)}/browse/ITSD-101`,
      `${server.origin(HOSTS.jiraDataCenter)}/browse/HELP-7`,
    ]) {
      await page.goto(url);
      await page.waitForTimeout(1000);
      await expect(page.locator('runbook-lens'), url).toHaveCount(0);
    }
  } finally {
    await context?.close();
    removePolicy?.();
    await packs.close();
  }
  expect(existsSync(POLICY_FILE)).toBe(false);
});
