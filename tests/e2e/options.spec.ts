import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { stringify } from 'yaml';
import { startPackServer } from '../server/pack-server';
import { expect, HOSTS, panel, test } from './fixtures';
import { importAcmePack, nameOrgSites, openOptions, packItem } from './pages/options';
import { acmePack, INVALID_PACK_YAML, jsonFile, PACK_NAME } from './pages/packs';

/** The extension page's own `chrome`: the evaluate() callbacks below run in the options page. */
declare const chrome: typeof import('wxt/browser').browser;

// The options page on the e2e build (npm run build:e2e): packs, custom hosts, panel defaults, CSV export.

const OUTLOOK = '9d385017c611228701d22104cc95c371';
const MONITOR_ARM = '46d44a5dc0a8010e0004a8f7a4d4e1a5';
const OUTLOOK_ID = 'outlook-ost-sync-cached-mode';

test.beforeEach(async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('a valid pack is previewed, then used by the panel with its source; disable and remove bring the bundled one back', async ({
  context,
  extensionId,
  page,
  server,
  pageErrors,
}) => {
  const options = await openOptions(context, extensionId);
  await nameOrgSites(options);
  await expect(options.getByTestId('no-packs')).toBeVisible();
  await options.getByTestId('pack-file').setInputFiles(jsonFile('acme-desk.json', acmePack()));
  const preview = options.getByTestId('pack-preview');
  await expect(preview).toContainText(`New pack: ${PACK_NAME} 2026.11`);
  await expect(preview.getByTestId('preview-added')).toHaveAttribute('data-runbook-id', 'acme-desk-equipment');
  await expect(preview.getByTestId('preview-replaced')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
  // Nothing takes effect before the confirmation.
  await expect(options.getByTestId('pack')).toHaveCount(0);
  await options.getByTestId('pack-confirm').click();
  await expect(packItem(options, PACK_NAME)).toContainText('2 runbook(s)');

  const origin = server.origin(HOSTS.servicenow);
  await page.goto(`${origin}/incident.do?sys_id=${OUTLOOK}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
  await expect(p.getByTestId('runbook-title')).toHaveText(/\(Acme\)$/);
  await expect(p.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);

  // A pack-only runbook is in the search (whether or not the matcher shows it for this request ticket).
  await page.goto(`${origin}/incident.do?sys_id=${MONITOR_ARM}`);
  await expect(p.getByTestId('ticket-text')).toContainText('monitor arm');
  await p.getByTestId('search').fill('monitor arm reception desk');
  await p.locator('[data-testid="search-result"][data-runbook-id="acme-desk-equipment"]').click();
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'acme-desk-equipment');
  await expect(p.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);

  // The panel follows pack changes without a reload (storage watch).
  await page.goto(`${origin}/incident.do?sys_id=${OUTLOOK}`);
  await expect(p.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);
  await packItem(options, PACK_NAME).getByTestId('pack-enabled').uncheck();
  await expect(p.getByTestId('runbook-source')).toHaveText('Bundled');
  await expect(p.getByTestId('runbook-title')).not.toHaveText(/\(Acme\)$/);
  await packItem(options, PACK_NAME).getByTestId('pack-enabled').check();
  await expect(p.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);
  await packItem(options, PACK_NAME).getByTestId('pack-remove').click();
  await expect(options.getByTestId('no-packs')).toBeVisible();
  await expect(p.getByTestId('runbook-source')).toHaveText('Bundled');
  expect(pageErrors).toEqual([]);
});

test('a new version of an installed pack is previewed as added / updated / removed against the one in use', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await importAcmePack(options);

  const v2 = acmePack('Desk equipment request v2 (Acme)');
  v2.version = '2026.12';
  v2.runbooks = [v2.runbooks[0]!]; // drops the Outlook override
  await options.getByTestId('pack-file').setInputFiles({
    name: 'acme-desk.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(stringify(v2)),
  });
  const preview = options.getByTestId('pack-preview');
  await expect(preview).toContainText(`Update: ${PACK_NAME} 2026.12`);
  await expect(preview.getByTestId('preview-updated')).toHaveAttribute('data-runbook-id', 'acme-desk-equipment');
  await expect(preview.getByTestId('preview-removed')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
  await options.getByTestId('pack-cancel').click();
  await expect(options.getByTestId('pack-message')).toHaveText('Cancelled: nothing was changed.');
  await expect(packItem(options, PACK_NAME)).toContainText('2 runbook(s)');
});

test('an invalid pack is refused whole with file, field and reason, and the library stays as it was', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  const options = await openOptions(context, extensionId);
  await nameOrgSites(options);
  await importAcmePack(options);
  const before = await options.evaluate(() => chrome.storage.local.get('packs'));

  await options.getByTestId('pack-file').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(INVALID_PACK_YAML),
  });
  const errors = options.getByTestId('pack-errors');
  await expect(errors).toContainText('Pack refused: 2 problem(s). Nothing was changed.');
  const rows = errors.getByTestId('pack-error');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td')).toHaveText([
    'broken.yaml',
    'runbooks[0].related[0]',
    'runbook "no-such-runbook" does not exist',
  ]);
  await expect(rows.nth(1).locator('td')).toHaveText([
    'broken.yaml',
    'runbooks[1].resources[0].url',
    'must be an https:// URL',
  ]);
  await expect(options.getByTestId('pack-preview')).toHaveCount(0);

  // A YAML syntax error names the line.
  await options.getByTestId('pack-file').setInputFiles({
    name: 'syntax.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('schemaVersion: 1\nname: [unclosed\n'),
  });
  await expect(errors.getByTestId('pack-error').locator('td').nth(1)).toHaveText('(yaml)');
  await expect(errors.getByTestId('pack-error').locator('td').nth(2)).toContainText('line');

  expect(await options.evaluate(() => chrome.storage.local.get('packs'))).toEqual(before);
  await expect(options.getByTestId('pack')).toHaveCount(1);
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
  await expect(panel(page).getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);
});

test('a pack file is held to the 2 MB packs have: over 8 MB refused unread, smaller ones counted', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const reason = options.getByTestId('pack-errors').getByTestId('pack-error').locator('td');
  const spaces = (bytes: number) => ({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(bytes, 32),
  });
  // No 2 MB of text takes more than 8 MB of UTF-8: such a file is refused before it is read.
  await options.getByTestId('pack-file').setInputFiles(spaces(8_000_001));
  await expect(reason).toHaveText(['big.json', '(file)', 'is over 8 MB; packs are limited to 2 MB']);
  // A smaller file is read and its characters counted against the same limit.
  await options.getByTestId('pack-file').setInputFiles(spaces(3_000_000));
  await expect(reason).toHaveText(['big.json', '(file)', 'is 3000000 characters long; packs are limited to 2 MB']);
  await expect(options.getByTestId('pack')).toHaveCount(0);
});

test('a ZIP and a folder of runbook files are each previewed as one pack; a bad file in them is named', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  const [desk, outlook] = acmePack().runbooks;
  const options = await openOptions(context, extensionId);
  await nameOrgSites(options);

  // A folder with a pack.yaml, one runbook per file, and a file that is not a runbook.
  const folder = join(mkdtempSync(join(tmpdir(), 'rl-folder-')), 'Acme desk folder');
  mkdirSync(join(folder, 'facilities'), { recursive: true });
  writeFileSync(join(folder, 'pack.yaml'), stringify({ name: 'Acme folder pack', version: '3' }));
  writeFileSync(join(folder, 'facilities', 'acme-desk-equipment.yaml'), stringify(desk));
  writeFileSync(join(folder, 'outlook.json'), JSON.stringify(outlook));
  writeFileSync(join(folder, 'README.md'), '# Acme runbooks');
  await options.getByTestId('pack-folder').setInputFiles(folder);
  const preview = options.getByTestId('pack-preview');
  await expect(preview).toContainText('New pack: Acme folder pack 3');
  await expect(preview.getByTestId('preview-added')).toHaveAttribute('data-runbook-id', 'acme-desk-equipment');
  await expect(preview.getByTestId('preview-replaced')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
  await options.getByTestId('pack-confirm').click();
  await expect(packItem(options, 'Acme folder pack')).toBeVisible();
  // The folder's outlook.json replaces the bundled runbook in the panel.
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
  await expect(panel(page).getByTestId('runbook-source')).toHaveText('Pack: Acme folder pack');

  // A ZIP whose second file is broken: refused whole, the file named, the folder pack left as it was.
  const zip = zipSync({
    'zipped/acme-desk-equipment.yaml': strToU8(stringify(desk)),
    'zipped/outlook.yaml': strToU8(stringify({ ...outlook, estimatedMinutes: 'soon' })),
  });
  await options
    .getByTestId('pack-file')
    .setInputFiles({ name: 'zipped.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  const errors = options.getByTestId('pack-errors');
  await expect(errors).toBeVisible();
  await expect(errors.getByTestId('pack-error').first().locator('td').nth(0)).toHaveText('zipped/outlook.yaml');
  await expect(errors.getByTestId('pack-error').first().locator('td').nth(1)).toHaveText('estimatedMinutes');
  await expect(options.getByTestId('pack')).toHaveCount(1);

  // The same ZIP, fixed: a second pack, named after the ZIP.
  const fixed = zipSync({
    'zipped/acme-desk-equipment.yaml': strToU8(stringify({ ...desk, title: 'Desk kit (zip)' })),
  });
  await options
    .getByTestId('pack-file')
    .setInputFiles({ name: 'zipped.zip', mimeType: 'application/zip', buffer: Buffer.from(fixed) });
  await expect(options.getByTestId('pack-preview')).toContainText('New pack: zipped');
  await options.getByTestId('pack-confirm').click();
  await expect(options.getByTestId('pack')).toHaveCount(2);
});

test('adding a custom Data Center host registers the content scripts there, with the panel styled', async ({
  context,
  extensionId,
  page,
  server,
  pageErrors,
}) => {
  const url = `${server.origin(HOSTS.jiraDataCenter)}/browse/HELP-7`;
  await page.goto(url);
  await page.waitForTimeout(1000);
  await expect(page.locator('runbook-lens')).toHaveCount(0);

  const options = await openOptions(context, extensionId);
  await options.getByTestId('host-input').fill(`https://${HOSTS.jiraDataCenter}:${server.port}/browse/HELP-7`);
  await options.getByTestId('host-site').selectOption('jira');
  await options.getByTestId('host-add').click();
  const host = options.locator(`[data-testid="host"][data-host="${HOSTS.jiraDataCenter}"]`);
  await expect(host).toHaveAttribute('data-active', 'true');
  await expect(host.getByTestId('host-state')).toHaveText('Active');
  // Registrations are made once per host (ids unique), and a second sync changes nothing.
  const ids = await options.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort(),
  );
  expect(ids).toEqual([`rl-host:panel:${'jira.acme.test'}`, `rl-host:ticket:${'jira.acme.test'}`]);
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'sync-hosts' }));

  await page.goto(url);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  // The panel CSS reached the shadow root (web_accessible_resources for custom hosts): docked, fixed.
  expect(await p.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');

  // Switching Jira off stops it on the custom host too.
  await options.getByTestId('site-jira').uncheck();
  await expect(host.getByTestId('host-state')).toHaveText('Site switched off');
  await page.reload();
  await page.waitForTimeout(1000);
  await expect(page.locator('runbook-lens')).toHaveCount(0);
  await options.getByTestId('site-jira').check();
  await host.getByTestId('host-remove').click();
  await expect(options.getByTestId('host')).toHaveCount(0);
  await expect
    .poll(() => options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
    .toBe(0);
  expect(pageErrors).toEqual([]);
});

test('panel defaults: collapsed on the left; the page is pushed from the left once opened', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  const options = await openOptions(context, extensionId);
  await options.getByTestId('panel-state-collapsed').check();
  await options.getByTestId('panel-side-left').check();
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
  const p = panel(page);
  await expect(p).toHaveAttribute('data-state', 'collapsed');
  await expect(p).toHaveAttribute('data-side', 'left');
  await p.getByRole('button', { name: /Open Runbook Lens/ }).click();
  await expect(p).toHaveAttribute('data-state', 'open');
  expect((await p.boundingBox())!.x).toBe(0);
  const width = Number(await p.getByTestId('resize-handle').getAttribute('aria-valuenow'));
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginLeft))
    .toBe(`${width}px`);
  // Back to the defaults: right, open.
  await options.getByTestId('panel-side-right').check();
  await expect(p).toHaveAttribute('data-side', 'right');
});

test('feedback exports as CSV: runbook id, title, ticket key, vote, date', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
  await p.getByTestId('helpful-no').click();
  await expect(p.getByTestId('helpful-no')).toHaveAttribute('aria-pressed', 'true');

  const options = await openOptions(context, extensionId);
  await expect(options.getByText('1 vote(s) from this browser')).toBeVisible();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('export-feedback').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^runbook-lens-feedback-\d{4}-\d{2}-\d{2}\.csv$/);
  const today = new Date().toISOString().slice(0, 10);
  const ticketKey = (await p.locator('.ticket-key').textContent())!.trim();
  expect(readFileSync((await download.path())!, 'utf8')).toBe(
    `runbook_id,runbook_title,ticket_key,vote,date\r\n` +
      `${OUTLOOK_ID},Outlook OST Sync Errors in Cached Mode,${ticketKey},no,${today}\r\n`,
  );
});

test('a subscribed pack URL is previewed, refreshed with If-None-Match, and its update waits for review', async ({
  context,
  extensionId,
}) => {
  const packs = await startPackServer(HOSTS.packs);
  try {
    packs.set('/acme.json', JSON.stringify(acmePack()));
    const options = await openOptions(context, extensionId);
    await options.getByTestId('pack-url').fill('http://packs.acme.test/acme.json');
    await options.getByTestId('pack-subscribe').click();
    await expect(options.getByTestId('pack-error').locator('td').nth(2)).toHaveText('must be an https:// URL');

    await options.getByTestId('pack-url').fill(packs.url('/acme.json'));
    await options.getByTestId('pack-subscribe').click();
    await expect(options.getByTestId('preview-replaced')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
    await options.getByTestId('pack-confirm').click();
    const item = packItem(options, PACK_NAME);
    await expect(item).toContainText(`Subscribed to ${packs.url('/acme.json')}`);

    // Unchanged: the stored ETag goes out as If-None-Match and the server answers 304.
    await item.getByTestId('pack-refresh').click();
    await expect.poll(() => packs.requests.at(-1)?.status).toBe(304);
    expect(packs.requests.at(-1)?.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
    await expect(item.getByTestId('pack-review')).toHaveCount(0);

    // Changed: staged, previewed against the version in use, applied on confirmation.
    const v2 = acmePack('Desk equipment request v2 (Acme)');
    v2.version = '2026.12';
    v2.runbooks = [v2.runbooks[0]!];
    packs.set('/acme.json', JSON.stringify(v2));
    await item.getByTestId('pack-refresh').click();
    await item.getByTestId('pack-review').click();
    await expect(item.getByTestId('preview-updated')).toHaveAttribute('data-runbook-id', 'acme-desk-equipment');
    await expect(item.getByTestId('preview-removed')).toHaveAttribute('data-runbook-id', OUTLOOK_ID);
    await expect(item).toContainText('2 runbook(s)');
    await item.getByTestId('pack-confirm').click();
    await expect(item).toContainText('1 runbook(s)');
    await expect(item).toContainText('2026.12');

    // An invalid version on the server is refused; the version in use stays.
    packs.set('/acme.json', '{"schemaVersion": 1, "name": "Acme desk", "runbooks": []}');
    await item.getByTestId('pack-refresh').click();
    await expect(item.getByTestId('pack-source-error')).toContainText(
      'new version refused: runbooks: must hold at least one runbook',
    );
    await expect(item).toContainText('1 runbook(s)');

    // The schedule: an hourly alarm refreshes packs older than the refresh interval.
    expect(await options.evaluate(() => chrome.alarms.get('refresh-packs'))).toMatchObject({ periodInMinutes: 60 });
  } finally {
    await packs.close();
  }
});
