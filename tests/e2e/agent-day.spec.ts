import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_EXTENSION, launchWithExtension } from '../server/launch-chromium';
import { expect, HOSTS, panel, readyCommand, test } from './fixtures';

// What an agent trips over in a working day with the panel (issue #19), each seen at 1366×768 on the
// fixture pages: focus, repeated inserts into Jira, page dialogs under the panel, search as a combobox,
// switching runbooks, scores against words, honest note buttons, "Not this one?", type size.

const VPN = '57af7aec73d423002728660c4cf6a71c';
const NO_RUNBOOK = '46d44a5dc0a8010e0004a8f7a4d4e1a5';
const PORTAL_TICKET = 'e1106bb6c069058aa7efa0b80ca86129';
const DC_HOST = 'acme.jira.com';
const LIVE_EDITOR = '[data-fixture-live] [data-testid="issue.activity.comment"] #ak-editor-textarea';
const PERCENT = /\d\s*%/;

test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  await page.setViewportSize({ width: 1366, height: 768 });
});

async function openIncident(page: Page, origin: string, sysId: string): Promise<void> {
  await page.goto(`${origin}/incident.do?sys_id=${sysId}`);
  await expect(panel(page).getByTestId('ticket-text')).toBeVisible();
}

/** Sends the toolbar shortcut's command to the page, as the background does (headless fires no commands). */
async function pressShortcut(context: BrowserContext, extensionId: string): Promise<void> {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  await worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await tabs.query({ active: true });
    await tabs.sendMessage(tab!.id!, { type: 'toggle-panel' }, { frameId: 0 });
  });
}

const activeTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');

test('1. the panel never takes focus on load or on a ticket change; the shortcut and a click focus search', async ({
  page,
  server,
  context,
  extensionId,
}) => {
  const origin = server.origin(HOSTS.servicenow);
  await openIncident(page, origin, NO_RUNBOOK);
  const p = panel(page);
  await expect(p.getByTestId('no-match')).toBeVisible();
  await expect(p.getByTestId('search')).not.toBeFocused();
  expect(await activeTag(page)).not.toBe('runbook-lens');
  // What the agent types goes to the page, not to the panel's search.
  await page.keyboard.type('typed for ServiceNow');
  await expect(p.getByTestId('search')).toHaveValue('');

  await openIncident(page, origin, VPN);
  await expect(p.getByTestId('runbook-title')).toBeVisible();
  expect(await activeTag(page)).not.toBe('runbook-lens');

  // The shortcut: collapses, then opens with the search focused.
  await pressShortcut(context, extensionId);
  await expect(p).toHaveAttribute('data-state', 'collapsed');
  await pressShortcut(context, extensionId);
  await expect(p).toHaveAttribute('data-state', 'open');
  await expect(p.getByTestId('search')).toBeFocused();
  // A click on the collapsed tab does the same.
  await p.getByTestId('collapse').click();
  await p.getByRole('button', { name: /Open Runbook Lens/ }).click();
  await expect(p.getByTestId('search')).toBeFocused();
});

// Known gap: the execCommand fallback (Firefox, whose synthetic paste arrives empty) still types a second
// note into a closing code block; ProseMirror drops blocks typed after a <pre> at the editor's root.
test('2. a second insert into a Jira Cloud note starts a new paragraph after the code block', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin(HOSTS.jira)}/browse/ITSD-101`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  const command = p.getByTestId('command').first();
  const code = (await command.locator('code').textContent())!;
  await command.getByTestId('insert-work-note').click();
  await expect(command.getByRole('status')).toContainText('Inserted into internal note');

  await p.getByTestId('tree-option').filter({ hasText: 'Yes' }).click();
  await p.getByTestId('tree-option').filter({ hasText: 'No, only this user' }).click();
  await p.getByTestId('tree-option').filter({ hasText: 'No' }).click();
  await p.getByTestId('tree-copy-path').click();
  await expect(p.locator('.tree').getByRole('status')).toContainText('Inserted into internal note');

  const blocks = (await page.evaluate((s) => window.__editorDoc(s), LIVE_EDITOR))!.blocks;
  expect(blocks[1]).toEqual({ type: 'code_block', text: code });
  const after = blocks.slice(2).filter((b) => b.text);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((b) => b.type === 'paragraph')).toBe(true);
  expect(after[0]!.text).toContain('Triage');
  expect(blocks.at(-1)!.type).toBe('paragraph');
  expect(await page.evaluate(() => document.scrollingElement!.scrollLeft)).toBe(0);

  // The agent clicks back into the command's code, then inserts again: still after the last block.
  await page.locator(`${LIVE_EDITOR} pre`).click();
  await command.getByTestId('insert-work-note').click();
  await expect
    .poll(async () => (await page.evaluate((s) => window.__editorDoc(s), LIVE_EDITOR))!.blocks.slice(-2))
    .toEqual([
      { type: 'paragraph', text: blocks[0]!.text },
      { type: 'code_block', text: code },
    ]);
  expect((await page.evaluate((s) => window.__editorDoc(s), LIVE_EDITOR))!.blocks[1]).toEqual(blocks[1]);
});

test('2. a second insert on Jira Data Center starts a new paragraph after the {code} block', async ({
  page,
  server,
}) => {
  await page.goto(`${server.origin(DC_HOST)}/browse/HELP-7`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  const commands = p.getByTestId('command');
  await commands.nth(0).getByTestId('insert-work-note').click();
  await expect(commands.nth(0).getByRole('status')).toContainText('Inserted');
  await commands.nth(1).getByTestId('insert-work-note').click();
  await expect(commands.nth(1).getByRole('status')).toContainText('Inserted');
  const value = await page.locator('textarea#comment').inputValue();
  expect(value).toMatch(/\n\{code\}\n\nRunbook Lens — /);
});

test('4. a Jira board issue modal open under the panel is given room', async ({ page, server }) => {
  await page.goto(`${server.origin(HOSTS.jira)}/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103`);
  const p = panel(page);
  await expect(p).toHaveAttribute('data-state', 'open');
  await expect(p.getByTestId('runbook-title')).toBeVisible();
  const panelLeft = (await p.boundingBox())!.x;
  const dialog = page.locator('[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]');
  await expect
    .poll(async () => (await dialog.boundingBox())!.x + (await dialog.boundingBox())!.width)
    .toBeLessThanOrEqual(panelLeft);
  // Collapsed, the modal gets the whole width back.
  await p.getByTestId('collapse').click();
  // (Centred in the window again; a scrollbar of the modal's layer may take a few pixels.)
  await expect
    .poll(async () => Math.abs((await dialog.boundingBox())!.x + (await dialog.boundingBox())!.width / 2 - 683))
    .toBeLessThanOrEqual(10);
});

test('4. a ServiceNow GlideModal opened under the panel is given room, and back when it closes', async ({
  page,
  server,
}) => {
  await openIncident(page, server.origin(HOSTS.servicenow), VPN);
  const p = panel(page);
  const panelLeft = (await p.boundingBox())!.x;
  // GlideModal's markup (Bootstrap's modal): a fixed full-window .modal holding a centred .modal-dialog.
  await page.evaluate(() => {
    const modal = document.createElement('div');
    modal.className = 'modal fade in';
    modal.id = 'glide_modal_confirm';
    modal.setAttribute('role', 'dialog');
    modal.style.cssText = 'display:block;position:fixed;top:0;right:0;bottom:0;left:0;z-index:1050;overflow:auto';
    const dialog = document.createElement('div');
    dialog.className = 'modal-dialog';
    dialog.style.cssText = 'width:900px;margin:30px auto;background:#fff;height:200px';
    dialog.textContent = 'Resolve incident?';
    modal.append(dialog);
    document.body.append(modal);
  });
  const dialog = page.locator('#glide_modal_confirm .modal-dialog');
  await expect.poll(async () => (await dialog.boundingBox())!.x + 900).toBeLessThanOrEqual(panelLeft);
  await page.evaluate(() => document.getElementById('glide_modal_confirm')!.remove());
  await expect(p.getByTestId('runbook-title')).toBeVisible();
});

test('5. search is a combobox: arrows move, Enter opens, a nonsense query says there are no results', async ({
  page,
  server,
}) => {
  await openIncident(page, server.origin(HOSTS.servicenow), NO_RUNBOOK);
  const p = panel(page);
  const search = p.getByTestId('search');
  await expect(search).toHaveAttribute('role', 'combobox');

  await search.fill('zzzz nothing');
  await expect(p.getByTestId('search-result')).toHaveCount(0);
  await expect(p.getByTestId('search-empty')).toHaveText(/No runbooks match/);

  await search.fill('vpn');
  const results = p.getByTestId('search-result');
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await results.first().getAttribute('id'))!);
  await search.press('ArrowDown');
  await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(results.first()).toHaveAttribute('aria-selected', 'false');
  const second = (await results.nth(1).getAttribute('data-runbook-id'))!;
  await search.press('ArrowUp');
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', second);

  await search.fill('bitlocker recovery key');
  await search.press('Enter');
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
});

test('6. another runbook opens at its top, with focus on its title', async ({ page, server }) => {
  await openIncident(page, server.origin(HOSTS.servicenow), VPN);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  const body = p.locator('.panel-body');
  await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const other = p.getByTestId('alternative').last();
  const id = (await other.getAttribute('data-runbook-id'))!;
  await other.click();
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', id);
  await expect(p.getByTestId('runbook-title')).toBeFocused();
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeLessThan(50);
  await expect(p.getByTestId('runbook-title')).toBeInViewport();
});

test('6. in the popup too, a related runbook opens at its top with its title focused', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 520, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?runbook=vpn-cannot-connect`);
  const related = popup.getByTestId('related').first();
  await related.scrollIntoViewIfNeeded();
  await related.click();
  const title = popup.getByTestId('runbook-title');
  await expect(title).not.toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  await expect.poll(() => popup.locator('.panel-body').evaluate((el) => el.scrollTop)).toBeLessThan(50);
});

test('7. no percentages that contradict the words: alternatives say how close they are in words', async ({
  page,
  server,
  context,
  extensionId,
}) => {
  const origin = server.origin(HOSTS.servicenow);
  await openIncident(page, origin, NO_RUNBOOK);
  const p = panel(page);
  await expect(p.getByTestId('no-match')).toBeVisible();
  const alternatives = p.getByTestId('alternative');
  // This ticket asks for a monitor arm: the fitted model gives the closest runbook well under one
  // half, so it is listed without a word (result-word.test.ts covers "Possible match").
  await expect(alternatives.first()).toBeVisible();
  for (const text of await alternatives.allTextContents()) {
    expect(text).not.toMatch(PERCENT);
    expect(text).not.toMatch(/strong/i);
  }
  await p.getByTestId('search').fill('vpn');
  for (const text of await p.getByTestId('search-result').allTextContents()) expect(text).not.toMatch(PERCENT);

  // The shown runbook: after picking another, the automatic match is named as such, without a number.
  await openIncident(page, origin, VPN);
  await p.getByTestId('alternative').first().click();
  await expect(p.locator('[data-testid="alternative"][data-runbook-id="vpn-cannot-connect"]')).toContainText(
    'Strong match',
  );
  for (const text of await p.getByTestId('alternative').allTextContents()) expect(text).not.toMatch(PERCENT);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('search').fill('vpn');
  await expect(popup.getByTestId('search-result').first()).toBeVisible();
  for (const text of await popup.getByTestId('search-result').allTextContents()) expect(text).not.toMatch(PERCENT);
});

test('8. where insertion is not possible the buttons say Copy (portal, popup)', async ({
  page,
  server,
  context,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin(HOSTS.servicenow) });
  // The requester's portal page: insertion is never offered there (the Workspaces insert since #20).
  await page.goto(`${server.origin(HOSTS.servicenow)}/sp?id=ticket&table=incident&sys_id=${PORTAL_TICKET}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toBeVisible();
  const button = readyCommand(page).getByTestId('insert-work-note');
  await expect(button).toHaveText('Copy as work note');
  await button.click();
  await expect(readyCommand(page).getByRole('status')).toHaveText('Copied. Paste it into the work notes.');
  // The tree's actions wait for a first answer (#15: the first screen keeps the room).
  await p.getByTestId('tree-option').first().click();
  await expect(p.getByTestId('tree-copy-path')).toHaveText('Copy path as work note');

  // On a classic form, where the work notes box exists, the button inserts.
  await openIncident(page, server.origin(HOSTS.servicenow), VPN);
  await expect(p.getByTestId('command').first().getByTestId('insert-work-note')).toHaveText('Insert into work notes');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?runbook=vpn-cannot-connect`);
  await expect(popup.getByTestId('command').first().getByTestId('insert-work-note')).toHaveText(/^Copy as /);
  await expect(popup.getByText(/Insert into/)).toHaveCount(0);
});

test('9. "Not this one?" beside the title opens the alternatives and the search; Helpful stays near', async ({
  page,
  server,
}) => {
  await openIncident(page, server.origin(HOSTS.servicenow), VPN);
  const p = panel(page);
  const title = p.getByTestId('runbook-title');
  const notThis = p.getByTestId('not-this-one');
  await expect(notThis).toHaveText('Not this one?');
  const titleBox = (await title.boundingBox())!;
  const buttonBox = (await notThis.boundingBox())!;
  // Beside the title: within the runbook's header, above the overview.
  expect(Math.abs(buttonBox.y - (titleBox.y + titleBox.height))).toBeLessThan(80);
  await notThis.click();
  await expect(p.getByTestId('search')).toBeFocused();
  const inPlace = p.getByTestId('alternative').first();
  await expect(inPlace).toBeInViewport();
  const id = (await inPlace.getAttribute('data-runbook-id'))!;
  await inPlace.click();
  await expect(title).toHaveAttribute('data-runbook-id', id);
  // The correction is recorded: back on the automatic match, it carries this ticket's "not helpful".
  await p.getByRole('button', { name: 'Back to the automatic match' }).click();
  await expect(title).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  await expect(p.getByTestId('helpful-no')).toHaveAttribute('aria-pressed', 'true');
  // Helpful yes/no is in the first screen, not at the end of the runbook.
  await p.locator('.panel-body').evaluate((el) => (el.scrollTop = 0));
  await expect(p.getByTestId('helpful-yes')).toBeInViewport();
});

test('10. the panel and options follow the browser default font size', async ({ page, server, extensionId }) => {
  const sizeOf = (target: Page, selector: string) =>
    target.evaluate((s) => {
      const host = document.querySelector('runbook-lens')?.shadowRoot;
      const element = (host ?? document).querySelector(s)!;
      return parseFloat(getComputedStyle(element).fontSize);
    }, selector);
  const measure = async (target: Page, id: string): Promise<[number, number]> => {
    await openIncident(target, server.origin(HOSTS.servicenow), VPN);
    await expect(panel(target).locator('.overview')).toBeVisible();
    const inPanel = await sizeOf(target, '.overview');
    const options = await target.context().newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.locator('.options section').first()).toBeVisible();
    return [inPanel, await sizeOf(options, '.options section')];
  };
  // Chromium's default: 16 px.
  expect(await measure(page, extensionId)).toEqual([16, 16]);

  // The agent raised "Font size" in the browser's settings (a profile preference): both follow.
  const profile = mkdtempSync(join(tmpdir(), 'rl-font-'));
  try {
    mkdirSync(join(profile, 'Default'));
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ webkit: { webprefs: { default_font_size: 22 } } }),
    );
    const larger = await launchWithExtension({ extension: E2E_EXTENSION, userDataDir: profile });
    try {
      const worker = larger.serviceWorkers()[0] ?? (await larger.waitForEvent('serviceworker'));
      const target = larger.pages()[0] ?? (await larger.newPage());
      await target.setViewportSize({ width: 1366, height: 768 });
      expect(await measure(target, new URL(worker.url()).host)).toEqual([22, 22]);
    } finally {
      await larger.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
