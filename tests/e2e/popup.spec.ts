import type { Page } from '@playwright/test';
import { expect, HOSTS, test } from './fixtures';
import { importAcmePack, openOptions } from './pages/options';
import { PACK_NAME } from './pages/packs';

// The toolbar popup, opened as a tab (chrome-extension://<id>/popup.html): search, then the panel's own
// runbook view, without a ticket.

/**
 * The clipboard as a page of the ServiceNow fixture reads it (Chromium grants clipboard-read to web
 * origins only, not to the extension's): the clipboard is the system's, whoever reads it.
 */
async function clipboardText(reader: Page): Promise<string> {
  await reader.bringToFront();
  return reader.evaluate(() => navigator.clipboard.readText());
}

test('searching opens the runbook with the panel components; notes go to the clipboard', async ({
  context,
  extensionId,
  page: reader,
  server,
}) => {
  await reader.goto(`${server.origin(HOSTS.servicenow)}/incident_list.do`);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('finder-hint')).toContainText(/Search \d+ runbooks/);
  await expect(page.getByTestId('search')).toBeFocused();
  await page.getByTestId('search').fill('bitlocker recovery key');
  await page.getByTestId('search-result').first().click();
  const title = page.getByTestId('runbook-title');
  await expect(title).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  await expect(page.getByTestId('runbook-source')).toHaveText('Bundled');
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect(page.getByTestId('escalation').first()).toBeVisible();
  await expect(page.getByTestId('tree-question')).toBeVisible();

  const command = page.getByTestId('command').first();
  const code = (await command.locator('code').textContent())!;
  await command.getByTestId('copy').click();
  await expect(command.getByRole('status')).toHaveText('Copied.');
  expect(await clipboardText(reader)).toBe(code);
  await page.bringToFront();
  // No ticket here: the note button says it copies, and does.
  await expect(command.getByTestId('insert-work-note')).toHaveText('Copy as ticket note');
  await command.getByTestId('insert-work-note').click();
  await expect(command.getByRole('status')).toHaveText('Copied. Paste it into the ticket note.');
  expect(await clipboardText(reader)).toContain(code);
  await page.bringToFront();

  // The decision tree works as in the panel.
  await page.getByTestId('tree-option').first().click();
  await expect(page.getByTestId('tree-back')).toBeEnabled();
  expect(pageErrors).toEqual([]);
});

test('pack runbooks are found too, with their source; ?runbook= opens one directly', async ({
  context,
  extensionId,
  page,
}) => {
  const options = await openOptions(context, extensionId);
  await importAcmePack(options);

  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByTestId('search').fill('monitor arm');
  await page.locator('[data-testid="search-result"][data-runbook-id="acme-desk-equipment"]').click();
  await expect(page.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);
  // Related runbooks open in place, and Back returns.
  await page.getByTestId('related').first().click();
  await expect(page.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'external-monitor-dock');
  await page.getByTestId('finder-back').click();
  await expect(page.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'acme-desk-equipment');

  await page.goto(`chrome-extension://${extensionId}/popup.html?runbook=outlook-ost-sync-cached-mode`);
  await expect(page.getByTestId('runbook-title')).toHaveText(/\(Acme\)$/);
  await expect(page.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);
});
