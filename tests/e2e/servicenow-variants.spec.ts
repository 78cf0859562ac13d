import type { Page } from '@playwright/test';
import {
  fieldIds,
  fixturesFor,
  formTable,
  hiddenInputs,
  journal,
  portal,
  workspace,
} from '../../adapters/servicenow/selectors';
import type { FixtureServer } from '../server/fixture-server';
import { expect, HOSTS, panel, test } from './fixtures';

// The ServiceNow pages agents use besides the classic form (docs/site-structures.md). Records:
// tests/fixtures/records.json; fixtures: tests/fixtures/servicenow/*.html.
const OUTLOOK = '9d385017c611228701d22104cc95c371';
const DISK = 'fc45c61e714e2cfa314097ebffea0cb8';
const SOW_BITLOCKER = 'f38aaed7caa224cabe861bb2f4e64d47';
const SOW_PRINTER = '78b443c23c334bced2c82361d87508f6';
const SOW_MAILBOX = '42502aadd4a8a8900a2850fbd4dd24a1';
const AW_TEAMS = 'c8d8759230a624278ea3aa5e69fcccc6';
const AW_LOCKED = '546247d1fcaa43084138f22209b633e5';
const PORTAL_SLOW = 'e1106bb6c069058aa7efa0b80ca86129';
const PORTAL_UPDATE = 'e44bdfeb23b22e06837016c757867cf6';
const READONLY = '2cebd60817d388936707beda2b1fcf10';
const GOV = '45e81ae8e2b48f97c3462c8510555605';

const polaris = (target: string): string => `/now/nav/ui/classic/params/target/${encodeURIComponent(target)}`;
const sn = (server: FixtureServer, path: string): string => `${server.origin(HOSTS.servicenow)}${path}`;
const runbook = (page: Page) => panel(page).getByTestId('runbook-title');

/** A runbook change must not come from a reload: the flag set before it survives only a same-document route. */
async function markDocument(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => ((window as unknown as { fixtureMark: boolean }).fixtureMark = true));
  return () => page.evaluate(() => (window as unknown as { fixtureMark?: boolean }).fixtureMark === true);
}

/** Insert where nothing may be written: the panel explains and leaves the exact note on the clipboard. */
async function expectClipboardFallback(page: Page): Promise<void> {
  const command = panel(page).getByTestId('command').first();
  const code = (await command.locator('code').textContent())!;
  await command.getByTestId('insert-work-note').click();
  await expect(command.getByRole('status')).toContainText(/The note is on the clipboard instead\.|^Copied\./);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard.startsWith('Runbook Lens — ')).toBe(true);
  expect(clipboard.endsWith(`\n${code}`)).toBe(true);
}

test('Polaris shell: the form in gsft_main inside the shell’s shadow roots shows one panel in the top frame', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, polaris(`incident.do?sys_id=${DISK}`)));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'disk-space-low');
  await expect(panel(page).getByTestId('ticket-text')).toHaveText('C: drive almost full, low disk space warning');
  // The iframe really sits in the shell's open shadow root, not in the top document.
  expect(
    await page.evaluate(() => [
      document.getElementById('gsft_main') === null,
      document.querySelector('[component-id]')?.shadowRoot?.querySelector('#gsft_main')?.tagName,
    ]),
  ).toEqual([true, 'IFRAME']);
  await expect(page.locator('runbook-lens')).toHaveCount(1);
  expect(await page.frameLocator('#gsft_main').locator('runbook-lens').count()).toBe(0);

  // Editing the form re-matches.
  const frame = page.frameLocator('#gsft_main');
  await frame.locator('[id="incident.short_description"]').fill('Mailbox is full, cannot send or receive email');
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'mailbox-full-quota', { timeout: 500 });

  // The shell's navigator pushes a new URL and loads the frame; the top document stays.
  const sameDocument = await markDocument(page);
  await page.locator('sn-polaris-header a', { hasText: 'INC0010001' }).click();
  await expect(page).toHaveURL(new RegExp(`target/incident\\.do%3Fsys_id%3D${OUTLOOK}$`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'outlook-ost-sync-cached-mode');
  await expect(page.locator('runbook-lens')).toHaveCount(1);
  // A list in the frame: no ticket anywhere, so no panel (the shell itself never reports one).
  await page.locator('sn-polaris-header a', { hasText: 'Incidents' }).click();
  await expect(panel(page)).toHaveCount(0);
  expect(await sameDocument()).toBe(true);

  // The target may also arrive unencoded, its query in the shell's own query string.
  await page.goto(sn(server, `/now/nav/ui/classic/params/target/incident.do?sys_id=${DISK}`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'disk-space-low');
  expect(pageErrors).toEqual([]);
});

test('Service Operations Workspace: only the active tab counts; tabs, lists and records switch without reload', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/now/sow/record/incident/${SOW_BITLOCKER}`));
  // The printer record is open in a hidden tab: the shown one wins.
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  await expect(panel(page).getByText('INC0010011')).toBeVisible();
  const sameDocument = await markDocument(page);

  await page.getByRole('tab', { name: 'INC0010012' }).click();
  await expect(page).toHaveURL(new RegExp(`/now/sow/record/incident/${SOW_PRINTER}$`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'printer-not-printing');

  // A live update re-renders the field inside the form's shadow root: no input event, no route change.
  await page.evaluate(
    (id) =>
      (window as unknown as { fixtureLiveUpdate: (...args: string[]) => void }).fixtureLiveUpdate(
        id,
        'short_description',
        'Short description',
        'Teams calls: others cannot hear me and camera not working',
      ),
    SOW_PRINTER,
  );
  await expect(panel(page).getByTestId('ticket-text')).toHaveText(
    'Teams calls: others cannot hear me and camera not working',
  );
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'teams-audio-video');

  // A list route: no ticket, no panel.
  await page.locator('[data-nav="list"]').click();
  await expect(panel(page)).toHaveCount(0);
  // Opening a record from the list: a new tab whose form renders a moment later, deep in shadow roots.
  await page.locator(`[data-record="${SOW_MAILBOX}"]`).click();
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'mailbox-full-quota');
  await expect(panel(page).getByTestId('ticket-text')).toHaveText('Mailbox is full, cannot send or receive email');

  // Typing in the short description (inside now-input's shadow root) re-matches within 500 ms.
  const summary = page.locator(
    `sn-canvas-screen[screen-id="record-${SOW_MAILBOX}"] sn-record-input-connected[name="short_description"] input`,
  );
  await summary.fill('AD account locked out, user cannot log in to Windows');
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'ad-account-locked-out', { timeout: 500 });

  // Back to the previous route (popstate): the list again, then the printer tab.
  await page.goBack();
  await expect(panel(page)).toHaveCount(0);
  await page.goBack();
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'teams-audio-video');

  await expect(page.locator('runbook-lens')).toHaveCount(1);
  expect(await sameDocument()).toBe(true);
  expect(pageErrors).toEqual([]);
});

test('Service Operations Workspace landing page shows no panel', async ({ page, server, pageErrors }) => {
  await page.goto(sn(server, '/now/sow/home'));
  await page.locator('html[data-fixture-ready]').waitFor({ state: 'attached' });
  await page.waitForTimeout(1500);
  await expect(panel(page)).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('Agent Workspace: the active tab panel is read, switching tabs re-matches, insertion falls back to the clipboard', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/now/workspace/agent/record/incident/${AW_TEAMS}`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'teams-audio-video');
  const sameDocument = await markDocument(page);

  // Unconfirmed compose structure: nothing is written into the workspace, the note goes to the clipboard.
  await expectClipboardFallback(page);
  const compose = page.locator(`#chrome-tab-panel-record_${AW_TEAMS} now-activity-stream-compose-connected textarea`);
  await expect(compose).toHaveValue('');

  await page.locator('sn-workspace-tab', { hasText: 'INC0010015' }).locator('button').click();
  await expect(page).toHaveURL(new RegExp(`/now/workspace/agent/record/incident/${AW_LOCKED}$`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'ad-account-locked-out');

  const summary = page.locator(
    `#chrome-tab-panel-record_${AW_LOCKED} sn-record-input-connected[name="short_description"] input`,
  );
  await summary.fill('Windows Update keeps failing with error 0x80070002');
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'windows-update-failing', { timeout: 500 });

  // The landing page: no panel; back to the first tab: its runbook again.
  await page.locator('[data-nav="home"]').click();
  await expect(panel(page)).toHaveCount(0);
  await page.locator('sn-workspace-tab', { hasText: 'INC0010014' }).locator('button').click();
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'teams-audio-video');

  await expect(page.locator('runbook-lens')).toHaveCount(1);
  expect(await sameDocument()).toBe(true);
  expect(pageErrors).toEqual([]);
});

test('Service Portal / Employee Center ticket page: read for the agent, never written to', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/sp?id=ticket&table=incident&sys_id=${PORTAL_SLOW}`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'pc-slow-performance');
  await expect(panel(page).getByText('INC0010016')).toBeVisible();
  await expectClipboardFallback(page);
  await expect(page.locator('#post-input')).toHaveValue('');

  const sameDocument = await markDocument(page);
  await page.getByRole('link', { name: 'INC0010017' }).click();
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'windows-update-failing');
  await page.getByRole('link', { name: 'My Requests' }).click();
  await expect(panel(page)).toHaveCount(0);
  expect(await sameDocument()).toBe(true);

  await page.goto(sn(server, `/esc?id=ticket&table=incident&sys_id=${PORTAL_UPDATE}`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'windows-update-failing');
  await expect(page.locator('runbook-lens')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('classic forms of other task tables show the runbook that fits', async ({ page, server, pageErrors }) => {
  const cases: [table: string, sysId: string, runbookId: string][] = [
    ['sc_req_item', 'd9b8639d010eac57def5600b361126b6', 'sharepoint-access-denied'],
    ['sc_task', 'a9e30c7dc61122760116894de7bcc7bd', 'mfa-device-lost'],
    ['problem', '92cff0e1783c36bbe532c1f4c1b0e8ad', 'bsod-unexpected-restart'],
    ['change_request', '1bb64a0b8ab930cea6035053a62f5918', 'wifi-8021x-cannot-connect'],
    ['sn_customerservice_case', '9daf44b4ef6a643741f4e1f615d02355', 'okta-sign-in-loop'],
    ['sn_hr_core_case', '7a31173f891f82fb5600707387c5b4c1', 'intune-device-noncompliant'],
  ];
  for (const [table, sysId, runbookId] of cases) {
    await page.goto(sn(server, `/${table}.do?sys_id=${sysId}`));
    await expect(runbook(page), table).toHaveAttribute('data-runbook-id', runbookId);
  }
  // The last one, edited: re-matched within 500 ms.
  await page.locator('[id="sn_hr_core_case.short_description"]').fill('Mapped network drive H: missing after login');
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'mapped-drive-missing', { timeout: 500 });
  expect(pageErrors).toEqual([]);
});

test('a server-rendered read-only form is read from its sys_readonly fields; insertion is refused', async ({
  page,
  server,
  pageErrors,
}) => {
  await page.goto(sn(server, `/incident.do?sys_id=${READONLY}`));
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'mapped-drive-missing');
  await expect(panel(page).getByTestId('ticket-text')).toHaveText('Mapped network drive H: missing after login');
  await expect(panel(page).getByText('INC0010024')).toBeVisible();
  await expectClipboardFallback(page);
  expect(pageErrors).toEqual([]);
});

test('*.servicenowservices.com is a ServiceNow host too', async ({ page, server, pageErrors }) => {
  await page.goto(`${server.origin(HOSTS.servicenowGov)}/incident.do?sys_id=${GOV}`);
  await expect(runbook(page)).toHaveAttribute('data-runbook-id', 'outlook-password-prompt-loop');
  expect(pageErrors).toEqual([]);
});

// Style item 1: each selector in adapters/servicenow/selectors.ts, counted on each fixture it names.
const FIXTURE_URLS: Record<string, string> = {
  'servicenow/classic-form.html': `/incident.do?sys_id=${OUTLOOK}`,
  'servicenow/classic-readonly.html': `/incident.do?sys_id=${READONLY}`,
  'servicenow/incident-list.html': '/incident_list.do',
  'servicenow/polaris-shell.html': polaris(`incident.do?sys_id=${DISK}`),
  'servicenow/sow-record.html': `/now/sow/record/incident/${SOW_BITLOCKER}`,
  'servicenow/agent-workspace-record.html': `/now/workspace/agent/record/incident/${AW_TEAMS}`,
  'servicenow/portal-ticket.html': `/sp?id=ticket&table=incident&sys_id=${PORTAL_SLOW}`,
};
const SELECTORS: Record<keyof typeof fixturesFor, { css?: string; xpath?: string }> = {
  'formTable.form': { css: formTable.form },
  'fieldIds(short_description)': {
    css: fieldIds('incident', 'short_description')
      .map((id) => `[id="${id}"]`)
      .join(', '),
  },
  'hiddenInputs.displayValue': { css: hiddenInputs.displayValue },
  'journal.singleInput': { css: `[id="${journal.singleInput}"]` },
  'journal.workNotesCheckbox': { css: journal.workNotesCheckbox },
  'workspace.field(short_description)': { css: workspace.field('short_description') },
  'workspace.label': { css: workspace.label },
  'portal.numberLabel': { xpath: portal.numberLabel },
};

test('selectors per fixture: each ServiceNow selector matches as often as selectors.ts says', async ({
  page,
  server,
}) => {
  const expected: string[] = [];
  const actual: string[] = [];
  const byFixture = new Map<string, [string, number][]>();
  for (const [name, counts] of Object.entries(fixturesFor)) {
    for (const [count, fixture] of counts) byFixture.set(fixture, [...(byFixture.get(fixture) ?? []), [name, count]]);
  }
  for (const [fixture, entries] of byFixture) {
    const path = FIXTURE_URLS[fixture];
    expect(path, `no URL for ${fixture}`).toBeTruthy();
    await page.goto(sn(server, path!));
    if (!fixture.includes('classic') && !fixture.includes('list')) {
      await page.locator('html[data-fixture-ready]').waitFor({ state: 'attached' });
    }
    for (const [name, count] of entries) {
      const selector = SELECTORS[name as keyof typeof fixturesFor];
      const found = await page.evaluate(({ css, xpath }) => {
        if (xpath) return document.evaluate(`count(${xpath})`, document, null, XPathResult.NUMBER_TYPE).numberValue;
        // The top document and every open shadow root below it, except our own panel's.
        const roots: (Document | ShadowRoot)[] = [document];
        for (let i = 0; i < roots.length; i++) {
          for (const element of roots[i]!.querySelectorAll('*')) {
            if (element.shadowRoot && element.localName !== 'runbook-lens') roots.push(element.shadowRoot);
          }
        }
        return roots.reduce((sum, root) => sum + root.querySelectorAll(css!).length, 0);
      }, selector);
      expected.push(`${name} on ${fixture}: ${count}`);
      actual.push(`${name} on ${fixture}: ${found}`);
    }
  }
  // One failure listing every selector that drifted.
  expect(actual).toEqual(expected);
});
