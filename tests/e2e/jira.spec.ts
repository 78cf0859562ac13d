import type { BrowserContext, Page } from '@playwright/test';
import * as selectors from '../../adapters/jira/selectors';
import { records } from '../server/routes';
import { expect, HOSTS, panel, test } from './fixtures';

// The Jira adapter on the built extension, one block per variant (fixtures: tests/fixtures/jira/*.html).
// Editor contents are read from ProseMirror's own state (window.__editorDoc, scripts/jira-editor.src.ts).

/**
 * Data Center runs on custom hosts. Here it is served on a host the manifest already matches, so each test needs
 * no options-page step; adding a custom host (jira.acme.test) and using the panel there is options.spec.ts's test.
 */
const DC_HOST = 'acme.jira.com';
const issue = (key: string): { summary: string; description: string } =>
  records.jira![key] as { summary: string; description: string };
/** The runbook each record's summary is about (runbook ids = file names in runbooks/). */
const RUNBOOK: Record<string, string> = {
  'ITSD-101': 'vpn-cannot-connect',
  'ITSD-102': 'outlook-ost-sync-cached-mode',
  'ITSD-103': 'mfa-device-lost',
  'ITSD-104': 'bitlocker-recovery',
  'ITSD-105': 'vpn-drops-frequently',
  'HELP-7': 'bitlocker-recovery',
  'HELP-8': 'printer-not-printing',
};
const COMMENT = '[data-testid="issue.activity.comment"]';
const LIVE_EDITOR = `[data-fixture-live] ${COMMENT} #ak-editor-textarea`;
const SUMMARY = 'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]';

// Messages sent before the extension's service worker runs are lost: start each test once it does.
test.beforeEach(async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

async function grantClipboard(context: BrowserContext, origin: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

async function expectRunbook(page: Page, key: string, summary = issue(key).summary): Promise<void> {
  const p = panel(page);
  await expect(p.getByTestId('ticket-text')).toHaveText(summary);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', RUNBOOK[key]!);
}

/** Clicks "Insert into internal note" on the first command; returns the note's header and command. */
async function insertFirstCommand(page: Page): Promise<{ header: string; code: string; status: string }> {
  const p = panel(page);
  const command = p.getByTestId('command').first();
  // A value for every field the command asks for (a plain word is safe in every shell).
  for (const field of await command.getByTestId('placeholder').all()) await field.fill('VALUE1');
  const title = (await p.getByTestId('runbook-title').textContent())!.trim();
  const label = (await command.locator('.command-label').textContent())!.trim();
  const code = (await command.locator('code').textContent())!;
  const before = (await command.getByRole('status').textContent()) ?? '';
  await command.getByTestId('insert-work-note').click();
  await expect(command.getByRole('status')).not.toHaveText(before);
  const status = (await command.getByRole('status').textContent())!;
  return { header: `Runbook Lens — ${title}: ${label}`, code, status };
}

/** Records whether the next paste reached ProseMirror's handler (it calls preventDefault when it handles one). */
const watchPaste = (page: Page) =>
  page.evaluate(() =>
    document.addEventListener(
      'paste',
      (e) => ((window as unknown as { __pasted: boolean }).__pasted = e.defaultPrevented),
    ),
  );
const pasteHandled = (page: Page) => page.evaluate(() => (window as unknown as { __pasted?: boolean }).__pasted);

const editorDoc = (page: Page, selector: string) => page.evaluate((s) => window.__editorDoc(s), selector);

/** The comment box is on "Add internal note", not on "Reply to customer". */
async function expectInternalTab(page: Page): Promise<void> {
  await expect(page.locator('#comment-editor-container-tabs-0')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#comment-editor-container-tabs-1')).toHaveAttribute('aria-selected', 'false');
}

/** ProseMirror's own state holds the draft (if any), then the note's header and its command as code. */
async function expectNoteInEditor(
  page: Page,
  editor: string,
  note: { header: string; code: string },
  draft?: string,
): Promise<void> {
  await expect
    .poll(async () => (await editorDoc(page, editor))?.blocks)
    .toEqual([
      ...(draft ? [{ type: 'paragraph', text: draft }] : []),
      { type: 'paragraph', text: note.header },
      { type: 'code_block', text: note.code },
    ]);
}

/** Marks the window: a reload would drop the mark, so SPA navigation must keep it. */
const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 1));
const windowMarked = (page: Page) => page.evaluate(() => (window as unknown as { __mark?: number }).__mark === 1);

async function editSummary(page: Page, heading: string, text: string): Promise<void> {
  await page.locator(heading).click();
  const field = page.locator('[data-testid="issue.views.issue-base.foundation.summary.heading.writeable"] textarea');
  await field.fill(text);
  await field.press('Enter');
}

test.describe('Jira Cloud issue view (/browse/KEY)', () => {
  test('shows the runbook, re-matches on an inline summary edit, follows SPA navigation', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/browse/ITSD-101`);
    await expectRunbook(page, 'ITSD-101');
    await markWindow(page);

    await editSummary(page, SUMMARY, issue('ITSD-102').summary);
    await expect(page.locator(SUMMARY)).toHaveText(issue('ITSD-102').summary);
    await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', RUNBOOK['ITSD-102']!);

    await page.getByRole('link', { name: /^ITSD-104 / }).click();
    await expect(page).toHaveURL(/\/browse\/ITSD-104$/);
    await expectRunbook(page, 'ITSD-104');
    expect(await windowMarked(page)).toBe(true);
    await expect(page.locator('runbook-lens')).toHaveCount(1);

    // Back to ITSD-101, whose summary now is the edited one (the page keeps it, like Jira's cache).
    await page.goBack();
    await expect(page).toHaveURL(/\/browse\/ITSD-101$/);
    await expect(panel(page).getByTestId('ticket-text')).toHaveText(issue('ITSD-102').summary);
    await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', RUNBOOK['ITSD-102']!);
    expect(pageErrors).toEqual([]);
  });

  test('Insert opens the collapsed box on "Add internal note" and lands in the ProseMirror state', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/browse/ITSD-101`);
    await expectRunbook(page, 'ITSD-101');
    await watchPaste(page);
    const note = await insertFirstCommand(page);
    expect(note.status).toContain('Inserted into internal note');
    expect(await pasteHandled(page)).toBe(true);
    await expectInternalTab(page);
    await expectNoteInEditor(page, LIVE_EDITOR, note);
    await expect(page.locator('[data-fixture-posted] li')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test('refuses when the box cannot be put on an internal note, and leaves the note on the clipboard', async ({
    page,
    context,
    server,
    pageErrors,
  }) => {
    await grantClipboard(context, server.origin(HOSTS.jira));
    await page.goto(`${server.origin(HOSTS.jira)}/browse/ITSD-101`);
    await expectRunbook(page, 'ITSD-101');
    // A box that only offers a public reply (or one whose captions we do not know).
    await page.evaluate(() => document.querySelector('[data-fixture-open="internal"]')?.remove());
    const note = await insertFirstCommand(page);
    expect(note.status).toContain("offers no 'Add internal note'");
    expect(note.status).toContain('clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${note.header}\n${note.code}`);
    await expect(page.locator('#ak-editor-textarea')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('JSM agent view (queue with an issue open)', () => {
  test('switches "Reply to customer" to "Add internal note" first, keeps the draft, inserts', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102`);
    await expectRunbook(page, 'ITSD-102');
    await expect(page.locator('#comment-editor-container-tabs-1')).toHaveAttribute('aria-selected', 'true');
    await page.locator(LIVE_EDITOR).click();
    await page.keyboard.type('Checked the mailbox size.');

    const note = await insertFirstCommand(page);
    expect(note.status).toContain('Inserted into internal note');
    await expectInternalTab(page);
    await expectNoteInEditor(page, LIVE_EDITOR, note, 'Checked the mailbox size.');
    await expect(page.locator('[data-fixture-posted] li')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test('re-matches on a summary edit and follows queue navigation without a reload', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/projects/ITSD/queues/issue/ITSD-102`);
    await expectRunbook(page, 'ITSD-102');
    await markWindow(page);
    await editSummary(page, SUMMARY, issue('ITSD-103').summary);
    await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', RUNBOOK['ITSD-103']!);
    await page.getByRole('link', { name: /^ITSD-105 / }).click();
    await expect(page).toHaveURL(/\/queues\/custom\/1\/ITSD-105$/);
    await expectRunbook(page, 'ITSD-105');
    expect(await windowMarked(page)).toBe(true);
    await expect(page.locator('runbook-lens')).toHaveCount(1);
    expect(pageErrors).toEqual([]);
  });

  test('when the editor ignores the synthetic paste, execCommand still reaches the ProseMirror state', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102`);
    await expectRunbook(page, 'ITSD-102');
    await page.evaluate(() => (window.__ignoreSyntheticPaste = true));
    await watchPaste(page);
    const note = await insertFirstCommand(page);
    expect(note.status).toContain('Inserted into internal note');
    expect(await pasteHandled(page)).toBe(false);
    await expectInternalTab(page);
    await expectNoteInEditor(page, LIVE_EDITOR, note);
    expect(pageErrors).toEqual([]);
  });
  test('when the tab switch renders a moment later (React 18), it waits for it and inserts once', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102`);
    await expectRunbook(page, 'ITSD-102');
    await page.evaluate(() => ((window as unknown as { __asyncRender: boolean }).__asyncRender = true));
    const note = await insertFirstCommand(page);
    expect(note.status).toContain('Inserted into internal note');
    await expectInternalTab(page);
    // Once: a second insertion from a retry would add a second header and code block.
    await expectNoteInEditor(page, LIVE_EDITOR, note);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('issue modal over a board (?selectedIssue=KEY), two issue views on screen', () => {
  const MODAL = '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]';
  const SIDE = '[data-testid="issue.views.issue-details.issue-layout.compact-layout"]';

  test("reads the view whose key is the URL's and inserts into that view's editor only", async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103`);
    await expect(page.locator(SUMMARY)).toHaveCount(2);
    await expectRunbook(page, 'ITSD-103');
    const note = await insertFirstCommand(page);
    expect(note.status).toContain('Inserted into internal note');
    await expectNoteInEditor(page, `${MODAL} #ak-editor-textarea`, note);
    expect((await editorDoc(page, `${SIDE} #ak-editor-textarea`))?.text).toBe('');
    expect(pageErrors).toEqual([]);
  });

  test('re-matches on a summary edit in the modal and follows ?selectedIssue= navigation', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(HOSTS.jira)}/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103`);
    await expectRunbook(page, 'ITSD-103');
    await markWindow(page);
    await editSummary(page, `${MODAL} ${SUMMARY}`, issue('ITSD-104').summary);
    await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', RUNBOOK['ITSD-104']!);
    await page
      .locator(MODAL)
      .getByRole('link', { name: /^ITSD-101 / })
      .click();
    await expect(page).toHaveURL(/\?selectedIssue=ITSD-101$/);
    await expectRunbook(page, 'ITSD-101');
    expect(await windowMarked(page)).toBe(true);
    await expect(page.locator('runbook-lens')).toHaveCount(1);
    await expect(page.locator(SIDE).locator(SUMMARY)).toHaveText(issue('ITSD-105').summary);
    expect(pageErrors).toEqual([]);
  });
});

test('customer portal: the panel helps, insertion is refused and the note goes to the clipboard', async ({
  page,
  context,
  server,
  pageErrors,
}) => {
  await grantClipboard(context, server.origin(HOSTS.jira));
  await page.goto(`${server.origin(HOSTS.jira)}/servicedesk/customer/portal/2/ITSD-104`);
  await expectRunbook(page, 'ITSD-104');
  const note = await insertFirstCommand(page);
  expect(note.status).toBe('Copied. Paste it into the internal note.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${note.header}\n${note.code}`);
  expect((await editorDoc(page, '#portal-comment-editor'))?.text).toBe('');
  expect(pageErrors).toEqual([]);
});

test.describe(`Jira Data Center issue view (served at ${DC_HOST}, a host the manifest matches)`, () => {
  test('reads #summary-val, re-matches on an inline edit, fills textarea#comment for "Comment internally"', async ({
    page,
    server,
    pageErrors,
  }) => {
    await page.goto(`${server.origin(DC_HOST)}/browse/HELP-7`);
    await expectRunbook(page, 'HELP-7');
    const note = await insertFirstCommand(page);
    expect(note.status).toContain('Inserted into internal comment (press Comment internally)');
    await expect(page.locator('textarea#comment')).toHaveValue(`${note.header}\n{code}\n${note.code}\n{code}`);
    await expect(page.locator('#posted-comments li')).toHaveCount(0);

    await page.locator('#summary-val').click();
    await page.locator('#summary-form #summary').fill(issue('HELP-8').summary);
    await page.locator('#summary-form #summary').press('Enter');
    await expect(page.locator('#summary-val')).toHaveText(issue('HELP-8').summary);
    await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', RUNBOOK['HELP-8']!);
    expect(pageErrors).toEqual([]);
  });

  test('refuses when the JSM form has no "Comment internally" button', async ({ page, context, server }) => {
    await grantClipboard(context, server.origin(DC_HOST));
    await page.goto(`${server.origin(DC_HOST)}/browse/HELP-8`);
    await expectRunbook(page, 'HELP-8');
    await page.evaluate(() => document.querySelector('.sd-internal-submit')?.remove());
    const note = await insertFirstCommand(page);
    expect(note.status).toContain("no 'Comment internally' button");
    await expect(page.locator('textarea#comment')).toHaveValue('');
  });
});

/** Where each fixture is served; counts in selectors.fixturesFor are taken right after load. */
const FIXTURE_URLS: Record<string, [string, string]> = {
  'jira/cloud-issue.html': [HOSTS.jira, '/browse/ITSD-101'],
  'jira/jsm-queue-issue.html': [HOSTS.jira, '/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102'],
  'jira/board-modal.html': [HOSTS.jira, '/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103'],
  'jira/portal-request.html': [HOSTS.jira, '/servicedesk/customer/portal/2/ITSD-104'],
  'jira/datacenter-issue.html': [DC_HOST, '/browse/HELP-7'],
};

test('each selector matches its fixtures as selectors.ts says', async ({ page, server }) => {
  const found: string[] = [];
  const listed: string[] = [];
  for (const [name, uses] of Object.entries(selectors.fixturesFor)) {
    const [group, field] = name.split('.') as [string, string];
    const alternatives = (selectors as unknown as Record<string, Record<string, readonly string[]>>)[group]![field]!;
    for (const [count, fixture] of uses) {
      const [host, path] = FIXTURE_URLS[fixture]!;
      await page.goto(`${server.origin(host)}${path}`);
      // As the adapter reads them: the first alternative that matches anything counts.
      const n = await page.evaluate(
        (list) => list.map((s) => document.querySelectorAll(s).length).find((c) => c > 0) ?? 0,
        alternatives,
      );
      listed.push(`${name} ${fixture}: ${count}`);
      found.push(`${name} ${fixture}: ${n}`);
    }
  }
  expect(found).toEqual(listed);
});
