import { expect, HOSTS, panel, test } from './fixtures';

const OUTLOOK = '9d385017c611228701d22104cc95c371';
const VPN = '57af7aec73d423002728660c4cf6a71c';

test('classic incident form shows the matching runbook, and Copy puts the exact command on the clipboard', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
  const p = panel(page);
  await expect(p).toHaveAttribute('data-state', 'open');
  await expect(p.getByTestId('ticket-text')).toHaveText('Outlook keeps saying disconnected, OST sync errors');
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'outlook-ost-sync-cached-mode');
  await expect(p.getByTestId('step').first()).toBeVisible();
  expect(await p.getByTestId('step').count()).toBeGreaterThanOrEqual(4);

  const command = p.getByTestId('command').first();
  const expected = (await command.locator('code').textContent())!;
  expect(expected.length).toBeGreaterThan(5);
  await command.getByTestId('copy').click();
  await expect(command.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(pageErrors).toEqual([]);
});

test('the same form inside gsft_main of /nav_to.do: one panel, in the top frame', async ({
  page,
  server,
  pageErrors,
}) => {
  const uri = encodeURIComponent(`/incident.do?sys_id=${VPN}`);
  await page.goto(`${server.origin(HOSTS.servicenow)}/nav_to.do?uri=${uri}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  await expect(page.locator('runbook-lens')).toHaveCount(1);
  expect(await page.frameLocator('#gsft_main').locator('runbook-lens').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('a list page shows no panel', async ({ page, server }) => {
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident_list.do?sysparm_query=active%3Dtrue`);
  await page.waitForTimeout(1500);
  await expect(page.locator('runbook-lens').getByTestId('panel')).toHaveCount(0);
});

test('Insert into work notes switches the journal from customer-visible comments to Work notes and only fills it', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${VPN}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  const journal = page.locator('#activity-stream-textarea');
  await expect(journal).toHaveAttribute('data-stream-text-input', 'comments');
  await journal.fill('Draft the agent already typed.');

  const command = p.getByTestId('command').first();
  const code = (await command.locator('code').textContent())!;
  await command.getByTestId('insert-work-note').click();
  await expect(command.getByRole('status')).toContainText('Inserted into Work notes');

  await expect(journal).toHaveAttribute('data-stream-text-input', 'work_notes');
  await expect(page.locator('input[name="work_notes-journal-checkbox"]')).toBeChecked();
  const value = await journal.inputValue();
  expect(value.startsWith('Draft the agent already typed.\n\nRunbook Lens — VPN Client Cannot Connect: ')).toBe(true);
  expect(value).toContain('[code]<pre>');
  // The page's own AngularJS model sees the insertion (what Post would send).
  const model = await page.locator('#journal-model').textContent();
  expect(model).toBe(`work_notes|${value}`);
  // Only what HTML needs is escaped inside [code]: quotes and `>` stay as the agent reads them.
  expect(value).toContain(code.split('\n')[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  // Nothing was posted or saved.
  await expect(page.locator('#posted-entries li')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
