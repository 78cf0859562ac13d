import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { acmePack, PACK_NAME } from '../e2e/pages/packs';
import { HOSTS } from '../server/launch-chromium';
import {
  attributeOf,
  click,
  clipboardText,
  expect,
  inPanel,
  openExtensionPage,
  openOptions,
  shownRunbook,
  test,
  textOf,
} from './fixtures';

// Issue #8: the Firefox build's features in a real Firefox (storage, clipboard, custom hosts, the
// editors), on the same fixture pages and host names as the Chromium tests.

const VPN = '57af7aec73d423002728660c4cf6a71c';
const OUTLOOK = '9d385017c611228701d22104cc95c371';
const LIVE_EDITOR = '[data-fixture-live] [data-testid="issue.activity.comment"] #ak-editor-textarea';
// The first command that needs no value filled in (placeholder fields are covered in Chromium).
const FIRST_COMMAND = inPanel('[data-testid="command"]:not(:has([data-testid="placeholder"]))');
const commandStatus = (page: Page) => textOf(page, `${FIRST_COMMAND} [role="status"]`);
const panelCount = (page: Page) => page.evaluate(() => document.querySelectorAll('runbook-lens').length);

test('ServiceNow form: the runbook, Copy to the clipboard, Insert into Work notes seen by AngularJS', async ({
  tab: page,
  server,
  pageErrors,
}) => {
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${VPN}`);
  await expect.poll(() => shownRunbook(page)).toBe('vpn-cannot-connect');
  expect(await panelCount(page)).toBe(1);

  const code = (await textOf(page, `${FIRST_COMMAND} code`))!;
  await click(page, `${FIRST_COMMAND} [data-testid="copy"]`);
  await expect.poll(() => commandStatus(page)).toBe('Copied.');
  expect(await clipboardText(page)).toBe(code);

  await page.type('#activity-stream-textarea', 'Draft the agent typed.');
  expect(await attributeOf(page, '#activity-stream-textarea', 'data-stream-text-input')).toBe('comments');
  await click(page, `${FIRST_COMMAND} [data-testid="insert-work-note"]`);
  await expect.poll(() => commandStatus(page)).toContain('Inserted into Work notes');
  expect(await attributeOf(page, '#activity-stream-textarea', 'data-stream-text-input')).toBe('work_notes');
  const value = await page.$eval('#activity-stream-textarea', (el) => (el as HTMLTextAreaElement).value);
  expect(value).toMatch(/^Draft the agent typed\.\n\nRunbook Lens — VPN Client Cannot Connect: /);
  expect(value).toContain('[code]<pre>');
  // The page's AngularJS model saw it (what Post would send); nothing was posted.
  expect(await textOf(page, '#journal-model')).toBe(`work_notes|${value}`);
  expect(await page.$$eval('#posted-entries li', (items) => items.length)).toBe(0);

  // The decision tree is stepped by the background's triage machine: an answer comes back as the next state.
  const firstQuestion = await textOf(page, inPanel('[data-testid="tree-question"]'));
  await click(page, inPanel('[data-testid="tree-option"]'));
  await expect.poll(() => textOf(page, inPanel('.tree-path'))).toContain(firstQuestion!);
  expect(await page.$(inPanel('[data-testid="tree-back"]'))).not.toBeNull();
  expect(pageErrors).toEqual([]);
});

test('Jira Cloud: Insert switches the box to an internal note and lands in ProseMirror’s own state', async ({
  tab: page,
  server,
  pageErrors,
}) => {
  await page.goto(`${server.origin(HOSTS.jira)}/browse/ITSD-101`);
  await expect.poll(() => shownRunbook(page)).toBe('vpn-cannot-connect');
  const title = (await textOf(page, inPanel('[data-testid="runbook-title"]')))!.trim();
  const label = (await textOf(page, `${FIRST_COMMAND} .command-label`))!.trim();
  const code = (await textOf(page, `${FIRST_COMMAND} code`))!;
  await click(page, `${FIRST_COMMAND} [data-testid="insert-work-note"]`);
  await expect.poll(() => commandStatus(page)).toContain('Inserted into internal note');
  expect(await attributeOf(page, '#comment-editor-container-tabs-0', 'aria-selected')).toBe('true');
  const doc = await page.evaluate((selector) => window.__editorDoc(selector), LIVE_EDITOR);
  expect(doc?.blocks).toEqual([
    { type: 'paragraph', text: `Runbook Lens — ${title}: ${label}` },
    { type: 'code_block', text: code },
  ]);
  // A second note starts after the first one's code block, not on its last code line.
  await click(page, `${FIRST_COMMAND} [data-testid="insert-work-note"]`);
  await expect
    .poll(async () => (await page.evaluate((selector) => window.__editorDoc(selector), LIVE_EDITOR))?.blocks.length)
    .toBe(4);
  const twice = await page.evaluate((selector) => window.__editorDoc(selector), LIVE_EDITOR);
  expect(twice?.blocks.slice(2)).toEqual([
    { type: 'paragraph', text: `Runbook Lens — ${title}: ${label}` },
    { type: 'code_block', text: code },
  ]);
  expect(twice?.blocks[1]).toEqual({ type: 'code_block', text: code });
  expect(await page.$$eval('[data-fixture-posted] li', (items) => items.length)).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('JSM queue: "Reply to customer" is switched to "Add internal note" first, and the draft is kept', async ({
  tab: page,
  server,
  pageErrors,
}) => {
  await page.goto(`${server.origin(HOSTS.jira)}/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102`);
  await expect.poll(() => shownRunbook(page)).toBe('outlook-ost-sync-cached-mode');
  expect(await attributeOf(page, '#comment-editor-container-tabs-1', 'aria-selected')).toBe('true');
  await click(page, LIVE_EDITOR);
  await page.keyboard.type('Checked the mailbox size.');
  const code = (await textOf(page, `${FIRST_COMMAND} code`))!;
  await click(page, `${FIRST_COMMAND} [data-testid="insert-work-note"]`);
  await expect.poll(() => commandStatus(page)).toContain('Inserted into internal note');
  expect(await attributeOf(page, '#comment-editor-container-tabs-0', 'aria-selected')).toBe('true');
  expect(await attributeOf(page, '#comment-editor-container-tabs-1', 'aria-selected')).toBe('false');
  const doc = await page.evaluate((selector) => window.__editorDoc(selector), LIVE_EDITOR);
  expect(doc?.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'code_block']);
  expect(doc?.blocks[0]?.text).toBe('Checked the mailbox size.');
  expect(doc?.blocks[2]?.text).toBe(code);
  expect(pageErrors).toEqual([]);
});

test('storage: a pack imported in the options page reaches the panel; a site switched off shows no panel', async ({
  tab: page,
  openPage,
  server,
  pageErrors,
}) => {
  const options = await openOptions(openPage);
  // Pack runbooks show only on the organization's sites (lib/settings/site-switch.ts isOrgSite).
  await options.type('[data-testid="org-sites"]', HOSTS.servicenow);
  await click(options, '[data-testid="org-sites-save"]');
  await options.waitForFunction(() =>
    document.querySelector('[data-testid="org-sites-status"]')?.textContent?.includes('Saved'),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'rl-pack-')), 'acme-desk.json');
  writeFileSync(file, JSON.stringify(acmePack()));
  const input = await options.waitForSelector('[data-testid="pack-file"]');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  await options.waitForSelector('[data-testid="pack-preview"]');
  await click(options, '[data-testid="pack-confirm"]');
  await options.waitForSelector(`[data-testid="pack"][data-pack-name="${PACK_NAME}"]`);

  const form = `${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`;
  await page.bringToFront();
  await page.goto(form);
  await expect.poll(() => textOf(page, inPanel('[data-testid="runbook-source"]'))).toBe(`Pack: ${PACK_NAME}`);
  expect(await textOf(page, inPanel('[data-testid="runbook-title"]'))).toMatch(/\(Acme\)$/);

  // The per-frame reader reads the switch itself (storage.local, without webextension-polyfill).
  await options.bringToFront();
  await click(options, '[data-testid="site-servicenow"]');
  await expect
    .poll(() => options.$eval('[data-testid="site-servicenow"]', (el) => (el as HTMLInputElement).checked))
    .toBe(false);
  await page.bringToFront();
  await page.reload();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await panelCount(page)).toBe(0);
  // Switched on again, the same page shows the panel: what hid it was the switch.
  await options.bringToFront();
  await click(options, '[data-testid="site-servicenow"]');
  await page.bringToFront();
  await page.reload();
  await expect.poll(() => shownRunbook(page)).toBe('outlook-ost-sync-cached-mode');
  expect(pageErrors).toEqual([]);
});

test('custom host: adding a Data Center host grants it and registers the content scripts there', async ({
  tab: page,
  openPage,
  server,
  pageErrors,
}) => {
  const url = `${server.origin(HOSTS.jiraDataCenter)}/browse/HELP-7`;
  await page.goto(url);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await panelCount(page)).toBe(0);

  const options = await openOptions(openPage);
  await options.type('[data-testid="host-input"]', `https://${HOSTS.jiraDataCenter}:${server.port}/browse/HELP-7`);
  await options.select('[data-testid="host-site"]', 'jira');
  await click(options, '[data-testid="host-add"]');
  const host = `[data-testid="host"][data-host="${HOSTS.jiraDataCenter}"]`;
  await expect.poll(() => attributeOf(options, host, 'data-active')).toBe('true');
  expect(await textOf(options, `${host} [data-testid="host-state"]`)).toBe('Active');

  await page.bringToFront();
  await page.goto(url);
  await expect.poll(() => shownRunbook(page)).toBe('bitlocker-recovery');
  // The panel's stylesheet reached its shadow root on the custom host too (web_accessible_resources).
  expect(await page.$eval(inPanel(''), (el) => getComputedStyle(el).position)).toBe('fixed');
  expect(pageErrors).toEqual([]);
});

test('popup: search opens a runbook with the panel’s components', async ({ tab: page, pageErrors }) => {
  await openExtensionPage(page, 'popup.html', '[data-testid="search"]');
  await page.type('[data-testid="search"]', 'bitlocker recovery key');
  await click(page, '[data-testid="search-result"]');
  await expect
    .poll(() => attributeOf(page, '[data-testid="runbook-title"]', 'data-runbook-id'))
    .toBe('bitlocker-recovery');
  expect(await page.$$eval('[data-testid="step"]', (steps) => steps.length)).toBeGreaterThan(3);
  expect(await page.$('[data-testid="tree-question"]')).not.toBeNull();
  // An extension page asks the background too.
  await click(page, '[data-testid="tree-option"]');
  await expect.poll(() => page.$('[data-testid="tree-back"]').then(Boolean)).toBe(true);
  expect(pageErrors).toEqual([]);
});
