import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { acmePack, PACK_NAME } from '../e2e/pages/packs';
import { HOSTS } from '../server/launch-chromium';
import { browserPath } from '../server/browsers';
import { ADDON_ID, launchFirefox } from '../server/launch-firefox';
import { startPackServer } from '../server/pack-server';
import { writePolicyFile } from '../server/policy-file';
import { attributeOf, expect, openOptions, shownRunbook, test, textOf } from './fixtures';

/**
 * Firefox enterprise policy, end to end: `distribution/policies.json` next to the Firefox binary (one of
 * the places docs/deployment.md names; /etc/firefox/policies/ was checked by hand the same way), with the extension's settings under "3rdparty", reaches
 * storage.managed and wins. Needs write access there (root); RL_SKIP_POLICY_TEST=1 skips it. The file
 * is removed when the test ends: while it exists every Firefox on this machine gets the policy.
 */

const OUTLOOK = '9d385017c611228701d22104cc95c371';
const POLICY_FILE = join(dirname(realpathSync(browserPath('firefox'))), 'distribution', 'policies.json');

test.skip(process.env.RL_SKIP_POLICY_TEST === '1', 'RL_SKIP_POLICY_TEST=1: the enterprise policy test is skipped');

test('policies.json reaches storage.managed and wins: locked options, ServiceNow off, the policy pack in use', async ({
  server,
}) => {
  const packs = await startPackServer(HOSTS.packs);
  packs.set('/acme.json', JSON.stringify(acmePack()));
  let firefox: Browser | undefined;
  let removePolicy: (() => void) | undefined;
  try {
    // Firefox reads policies at start: the file is in place before it launches.
    const settings = {
      enabledSites: { servicenow: false, jira: true },
      packUrls: [packs.url('/acme.json')],
      panelSide: 'left',
    };
    removePolicy = writePolicyFile(POLICY_FILE, { policies: { '3rdparty': { Extensions: { [ADDON_ID]: settings } } } });
    firefox = await launchFirefox();
    const browser = firefox;
    const options = await openOptions(async () => browser.newPage());

    await options.waitForSelector('[data-testid="managed-notice"]');
    const checkbox = (id: string) =>
      options.$eval(`[data-testid="${id}"]`, (el) => ({
        checked: (el as HTMLInputElement).checked,
        disabled: (el as HTMLInputElement).disabled,
      }));
    expect(await checkbox('site-servicenow')).toEqual({ checked: false, disabled: true });
    expect(await checkbox('site-jira')).toEqual({ checked: true, disabled: true });
    expect(await checkbox('panel-side-left')).toEqual({ checked: true, disabled: true });
    // The policy pack is fetched by the extension and applied without a preview.
    const pack = `[data-testid="pack"][data-pack-name="${PACK_NAME}"]`;
    await expect.poll(() => textOf(options, pack), { timeout: 20_000 }).toContain('2 runbook(s)');
    expect(packs.requests.some((r) => r.path === '/acme.json' && r.status === 200)).toBe(true);
    expect(await options.$(`${pack} [data-testid="pack-remove"]`)).toBeNull();

    // ServiceNow is off by policy: the per-frame reader reads storage.managed itself and stays quiet.
    const page = await firefox.newPage();
    await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.evaluate(() => document.querySelectorAll('runbook-lens').length)).toBe(0);
    // Jira is on, and its panel docks left as the policy says.
    await page.goto(`${server.origin(HOSTS.jira)}/browse/ITSD-101`);
    await expect.poll(() => shownRunbook(page)).toBe('vpn-cannot-connect');
    expect(await attributeOf(page, 'runbook-lens >>> [data-testid="panel"]', 'data-side')).toBe('left');
  } finally {
    await firefox?.close();
    removePolicy?.();
    await packs.close();
  }
});
