import { expect, type BrowserContext, type Page } from '@playwright/test';
import { HOSTS } from '../../server/launch-chromium';
import { acmePack, jsonFile, PACK_NAME } from './packs';

/** The options page in its own tab (chrome-extension://<id>/options.html). */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Runbook Lens settings' }).waitFor();
  return page;
}

export function packItem(options: Page, name: string) {
  return options.locator(`[data-testid="pack"][data-pack-name="${name}"]`);
}

/** Imports the Acme pack from a file and confirms its preview: the state most pack tests start from. */
export async function importAcmePack(options: Page): Promise<void> {
  await options.getByTestId('pack-file').setInputFiles(jsonFile('acme-desk.json', acmePack()));
  await options.getByTestId('pack-confirm').click();
  await expect(packItem(options, PACK_NAME)).toBeVisible();
}

/**
 * Names the fixture tenants as the organization's own sites: pack runbooks show only there (and on
 * custom hosts), never on another organization's tenant (lib/settings/site-switch.ts isOrgSite).
 */
export async function nameOrgSites(options: Page, hosts: readonly string[] = [HOSTS.servicenow, HOSTS.jira]) {
  await options.getByTestId('org-sites').fill(hosts.join('\n'));
  await options.getByTestId('org-sites-save').click();
  await expect(options.getByTestId('org-sites-status')).toContainText('Saved');
}
