import type { Page } from '@playwright/test';
import type { FixtureServer } from '../server/fixture-server';
import { expect, HOSTS, panel, test } from './fixtures';

// Work notes insertion in the workspaces' compose box. The fixture (tests/fixtures/scripts/sn-workspace.js)
// is a reconstruction from public sources: now-textarea's host keeps its state only from the textarea's
// `input` and blur listeners, and the compose component keeps the drafts it would post.
const SOW_BITLOCKER = 'f38aaed7caa224cabe861bb2f4e64d47';
const SOW_PRINTER = '78b443c23c334bced2c82361d87508f6';
const AW_TEAMS = 'c8d8759230a624278ea3aa5e69fcccc6';
const AW_LOCKED = '546247d1fcaa43084138f22209b633e5';

const sn = (server: FixtureServer, path: string): string => `${server.origin(HOSTS.servicenow)}${path}`;

interface ComposeState {
  posts: unknown[];
  drafts: Record<string, { comments: { value: string }; work_notes: { value: string } }>;
}
const composeState = (page: Page): Promise<ComposeState> =>
  page.evaluate(() => (window as unknown as { fixtureCompose: ComposeState }).fixtureCompose);

/** The ServiceNow journal form of a command: `[code]<pre>…</pre>[/code]`, HTML-escaped. */
const journalLine = (code: string): string =>
  `[code]<pre>${code.split('\n')[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`;

/** Presses Insert on the first command that needs no value; returns the exact text the panel shows for it and its status. */
async function insertFirstCommand(page: Page): Promise<{ code: string; status: string }> {
  // A command with no placeholder to fill first (a card with one asks for its value before Insert).
  const command = panel(page)
    .getByTestId('command')
    .filter({ hasNot: page.locator('input') })
    .first();
  const code = (await command.locator('code').textContent())!;
  await command.getByTestId('insert-work-note').click();
  const status = command.getByRole('status');
  await expect(status).not.toBeEmpty();
  return { code, status: (await status.textContent())! };
}

/** The compose box of one record (SOW screen or Agent Workspace tab panel). */
const composeOf = (page: Page, sysId: string) =>
  page
    .locator(`sn-canvas-screen[screen-id="record-${sysId}"], #chrome-tab-panel-record_${sysId}`)
    .locator('now-activity-stream-compose-connected');

test('SOW, tab layout: Insert switches Comments to Work notes and the note reaches the component state', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/now/sow/record/incident/${SOW_BITLOCKER}`));
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  const compose = composeOf(page, SOW_BITLOCKER);
  await expect(compose.getByRole('tab', { selected: true })).toHaveAttribute('data-itemid', 'comments');

  const { code, status } = await insertFirstCommand(page);
  expect(status).toContain('Inserted into Work notes');
  await expect(compose.getByRole('tab', { selected: true })).toHaveAttribute('data-itemid', 'work_notes');

  const state = await composeState(page);
  const draft = state.drafts[SOW_BITLOCKER]!;
  expect(draft.work_notes.value.startsWith('Runbook Lens — ')).toBe(true);
  expect(draft.work_notes.value).toContain(journalLine(code));
  expect(draft.comments.value).toBe('');
  // The other open record's box is untouched, and nothing was posted.
  expect(state.drafts[SOW_PRINTER]!.work_notes.value).toBe('');
  expect(state.posts).toEqual([]);

  // A re-render from the component's state (switching tabs) keeps the note: it was not only in the textarea.
  await compose.getByRole('tab', { name: 'Comments' }).click();
  await expect(compose.locator('textarea[name="comments"]')).toHaveValue('');
  await compose.getByRole('tab', { name: 'Work notes' }).click();
  await expect(compose.locator('textarea[name="work_notes"]')).toHaveValue(draft.work_notes.value);
  expect(pageErrors).toEqual([]);
});

test('Agent Workspace, tabs without data-itemid: the Work notes tab is found by the control it shows', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/now/workspace/agent/record/incident/${AW_TEAMS}`));
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'teams-audio-video');
  const compose = composeOf(page, AW_TEAMS);
  expect(await compose.locator('[role="tab"][data-itemid]').count()).toBe(0);

  const { code, status } = await insertFirstCommand(page);
  expect(status).toContain('Inserted into Work notes');
  await expect(compose.getByRole('tab', { selected: true })).toHaveText('Work notes');
  const state = await composeState(page);
  expect(state.drafts[AW_TEAMS]!.work_notes.value).toContain(journalLine(code));
  expect(state.drafts[AW_TEAMS]!.comments.value).toBe('');
  expect(state.drafts[AW_LOCKED]!.work_notes.value).toBe('');
  expect(state.posts).toEqual([]);

  // The other tab: its own box receives the next note, the first keeps its one note.
  await page.locator('sn-workspace-tab', { hasText: 'INC0010015' }).locator('button').click();
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'ad-account-locked-out');
  expect((await insertFirstCommand(page)).status).toContain('Inserted into Work notes');
  const after = await composeState(page);
  expect(after.drafts[AW_LOCKED]!.work_notes.value.startsWith('Runbook Lens — ')).toBe(true);
  expect(after.drafts[AW_TEAMS]!.work_notes.value).toBe(state.drafts[AW_TEAMS]!.work_notes.value);
  expect(after.posts).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('SOW, stacked layout: the note goes into the Work notes input, never Comments', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/now/sow/record/incident/${SOW_BITLOCKER}?journal=stacked`));
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  const compose = composeOf(page, SOW_BITLOCKER);
  await expect(compose.getByRole('tab')).toHaveCount(0);
  await expect(compose.locator('textarea')).toHaveCount(2);

  const { code, status } = await insertFirstCommand(page);
  expect(status).toContain('Inserted into Work notes');
  const state = await composeState(page);
  expect(state.drafts[SOW_BITLOCKER]!.work_notes.value).toContain(journalLine(code));
  expect(state.drafts[SOW_BITLOCKER]!.comments.value).toBe('');
  await expect(compose.locator('textarea[name="comments"]')).toHaveValue('');
  expect(state.posts).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('SOW, rich-text work notes: the target cannot be proved writable, so the panel refuses and copies', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/now/sow/record/incident/${SOW_BITLOCKER}?journal=html`));
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  const { code, status } = await insertFirstCommand(page);
  expect(status).toContain('rich-text editor');
  expect(status).toContain('The note is on the clipboard instead.');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard.endsWith(`\n${code}`)).toBe(true);
  const state = await composeState(page);
  expect(state.drafts[SOW_BITLOCKER]!.comments.value).toBe('');
  await expect(composeOf(page, SOW_BITLOCKER).locator('textarea[name="comments"]')).toHaveCount(0);
  expect(state.posts).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('Two compose boxes shown for the record: not proved, nothing is written', async ({ page, server, pageErrors }) => {
  await page.goto(sn(server, `/now/sow/record/incident/${SOW_BITLOCKER}`));
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  // A second box in the same record (as a modeless compose pop-up would add).
  await page.evaluate(() => (window as unknown as { fixtureOpenComposePopup: () => void }).fixtureOpenComposePopup());
  const { status } = await insertFirstCommand(page);
  expect(status).toContain('No single compose box');
  const state = await composeState(page);
  expect(Object.values(state.drafts).every((d) => d.work_notes.value === '' && d.comments.value === '')).toBe(true);
  expect(pageErrors).toEqual([]);
});
