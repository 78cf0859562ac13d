import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, HOSTS, panel, test } from './fixtures';
import { matchTerms } from '../../lib/learning/match-terms';
import { openOptions } from './pages/options';

/** The service worker's own `chrome`: the evaluate() callbacks below run there. */
declare const chrome: typeof import('wxt/browser').browser;

// Four similar tickets no runbook matches (tests/fixtures/records.json): the agent teaches the panel on
// three, the fourth is matched from what it learned.
const TAUGHT = [
  'a1c0ffee000000000000000000000201',
  'a1c0ffee000000000000000000000202',
  'a1c0ffee000000000000000000000203',
];
const FOURTH = 'a1c0ffee000000000000000000000204';
const PICKED = 'azure-app-proxy-unreachable';
/** Another ServiceNow instance: what agents taught on acme must not reach it. */
const OTHER_INSTANCE = 'globex.service-now.com';

async function open(page: Page, origin: string, sysId: string): Promise<void> {
  await page.goto(`${origin}/incident.do?sys_id=${sysId}`);
  await expect(panel(page).getByTestId('ticket-text')).toBeVisible();
}

/** The examples as stored, read through the service worker (the write is the panel's, after the click). */
async function storedExamples(context: BrowserContext): Promise<unknown[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => ((await chrome.storage.local.get('learned')).learned ?? []) as unknown[]);
}

test('three picks teach the fourth similar ticket, per ServiceNow instance; forget all restores the original match', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  const acme = server.origin(HOSTS.servicenow);
  const p = panel(page);
  for (const [i, sysId] of TAUGHT.entries()) {
    await open(page, acme, sysId);
    await expect(p.getByTestId('no-match')).toBeVisible();
    // Before it is confident, what was taught already puts the runbook first among the closest, saying why.
    if (i > 0) {
      await expect(p.getByTestId('alternative').first()).toHaveAttribute('data-runbook-id', PICKED);
      await expect(p.getByTestId('alternative').first()).toContainText(`chosen for ${i} similar`);
    }
    await p.getByTestId('search').fill('app proxy');
    await p.locator(`[data-testid="search-result"][data-runbook-id="${PICKED}"]`).click();
    await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', PICKED);
    // Picking alone teaches nothing: the agent has to use the runbook.
    expect(await storedExamples(context)).toHaveLength(i);
    await p.getByTestId('copy').first().click();
    await expect.poll(async () => (await storedExamples(context)).length).toBe(i + 1);
  }

  await open(page, acme, FOURTH);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', PICKED);
  await expect(p.getByTestId('learned-why')).toHaveText('You chose this for 3 similar tickets');
  await expect(p.getByTestId('no-match')).toHaveCount(0);

  await open(page, server.origin(OTHER_INSTANCE), FOURTH);
  await expect(p.getByTestId('no-match')).toBeVisible();
  await expect(p.getByTestId('learned-why')).toHaveCount(0);

  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('learned-count')).toHaveText('3 learned examples kept.');
  await expect(options.getByTestId('learned-example')).toHaveCount(3);
  await expect(options.getByTestId('learned-example').first()).toContainText('kronos timeclock');
  await expect(options.getByTestId('learned-example').first()).not.toContainText('Kronos timeclock page');
  // The other instance's ticket ended with no match and no pick: a knowledge gap.
  const gap = options.locator('[data-testid="gap-row"][data-kind="no-match"]');
  await expect(gap).toHaveCount(1);
  await expect(gap).toContainText('kronos timeclock blank page kiosk');
  const today = new Date().toISOString().slice(0, 10);
  const [csv] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-gaps-csv').click()]);
  expect(readFileSync((await csv.path())!, 'utf8')).toBe(
    `kind,shared_terms,shown,picked,count,last_seen\r\nno-match,kronos timeclock blank page kiosk,,,1,${today}\r\n`,
  );
  const [md] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('export-gaps-markdown').click(),
  ]);
  expect(md.suggestedFilename()).toBe(`runbook-lens-gaps-${today}.md`);
  expect(readFileSync((await md.path())!, 'utf8')).toContain(
    `| no confident match, no pick | kronos timeclock blank page kiosk |  |  | 1 | ${today} |`,
  );
  await options.getByTestId('forget-learning').click();
  await expect(options.getByTestId('learned-count')).toHaveText('0 learned examples kept.');
  await expect(options.getByTestId('gap-empty')).toBeVisible();

  await page.bringToFront();
  await open(page, acme, FOURTH);
  await expect(p.getByTestId('no-match')).toBeVisible();
  await expect(p.getByTestId('learned-why')).toHaveCount(0);
});

test('what one agent taught goes to the team as a pack: exported, reviewed in the preview, imported; the gap report exports', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  const acme = server.origin(HOSTS.servicenow);
  const p = panel(page);
  // One pick is not yet a confident match on this machine...
  await open(page, acme, TAUGHT[0]!);
  await p.getByTestId('search').fill('app proxy');
  await p.locator(`[data-testid="search-result"][data-runbook-id="${PICKED}"]`).click();
  await p.getByTestId('tree-option').first().click();
  await expect.poll(async () => (await storedExamples(context)).length).toBe(1);
  // ... and "Not helpful" on an automatic match is kept as a negative example, not exported.
  await open(page, acme, '57af7aec73d423002728660c4cf6a71c');
  await p.getByTestId('helpful-no').click();
  await expect.poll(async () => (await storedExamples(context)).length).toBe(2);
  // It counts for later tickets: the runbook stays in front of the agent who pressed it.
  await expect(p.getByTestId('helpful-no')).toHaveAttribute('aria-pressed', 'true');
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');

  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('learned-example')).toHaveCount(2);
  const [pack] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('export-learned-pack').click(),
  ]);
  expect(pack.suggestedFilename()).toMatch(/^runbook-lens-learned-\d{4}-\d{2}-\d{2}\.pack\.json$/);
  const exported = JSON.parse(readFileSync((await pack.path())!, 'utf8')) as { queries: unknown };
  expect(exported.queries).toEqual([{ runbook: PICKED, add: ['kronos timeclock page blank warehouse kiosk'] }]);

  const [csv] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-gaps-csv').click()]);
  expect(readFileSync((await csv.path())!, 'utf8')).toBe('kind,shared_terms,shown,picked,count,last_seen\r\n');

  // Forget one: the negative example goes, the lesson stays.
  await options
    .locator('[data-testid="learned-example"]')
    .filter({ hasText: 'Not helpful' })
    .getByTestId('forget-example')
    .click();
  await expect(options.getByTestId('learned-count')).toHaveText('1 learned example kept.');

  // The team lead imports the file like any pack: it is previewed, then every ticket like it matches.
  await options.getByTestId('pack-file').setInputFiles((await pack.path())!);
  await expect(options.locator(`[data-testid="preview-queries"][data-runbook-id="${PICKED}"]`)).toContainText(
    'kronos timeclock page blank warehouse kiosk',
  );
  await options.getByTestId('pack-confirm').click();
  // Pack runbooks and queries apply on the organization's own tenants (#14): both instances are ours.
  await options.getByTestId('org-sites').fill(`${HOSTS.servicenow}\n${OTHER_INSTANCE}`);
  await options.getByTestId('org-sites-save').click();
  await expect(options.getByTestId('org-sites-status')).toContainText('only on 2 site(s)');
  await options.getByTestId('forget-learning').click();
  await expect(options.getByTestId('learned-count')).toHaveText('0 learned examples kept.');

  await page.bringToFront();
  await open(page, server.origin(OTHER_INSTANCE), TAUGHT[1]!);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', PICKED);
  await expect(p.getByTestId('learned-why')).toHaveCount(0);
});

test('switched off in the options page, learning neither matches nor records', async ({
  page,
  context,
  server,
  extensionId,
}) => {
  const acme = server.origin(HOSTS.servicenow);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const texts = [
    'Kronos timeclock page blank on the warehouse kiosk',
    'Kronos timeclock page blank at the depot kiosk',
  ];
  const taught = [...texts, 'Kronos timeclock kiosk page blank, night shift'].map((text, i) => ({
    origin: acme,
    ticket: `INC00109${i}`,
    terms: matchTerms(text),
    runbook: PICKED,
    negative: false,
    at: Date.now() - 1000,
  }));
  await worker.evaluate(async (learned) => chrome.storage.local.set({ learned }), taught);
  const p = panel(page);
  await open(page, acme, FOURTH);
  await expect(p.getByTestId('learned-why')).toHaveText('You chose this for 3 similar tickets');

  const options = await openOptions(context, extensionId);
  await options.getByTestId('learning-enabled').uncheck();
  await page.bringToFront();
  await open(page, acme, FOURTH);
  await expect(p.getByTestId('no-match')).toBeVisible();
  await p.getByTestId('search').fill('app proxy');
  await p.locator(`[data-testid="search-result"][data-runbook-id="${PICKED}"]`).click();
  await p.getByTestId('copy').first().click();
  await expect(p.getByTestId('command').first().getByRole('status')).toHaveText('Copied.');
  expect(await storedExamples(context)).toHaveLength(3);
});

test('"Not this one?" and another runbook teaches like "Not helpful": a negative example for the automatic match', async ({
  page,
  context,
  server,
}) => {
  await open(page, server.origin(HOSTS.servicenow), '9d385017c611228701d22104cc95c371');
  const p = panel(page);
  const automatic = await p.getByTestId('runbook-title').getAttribute('data-runbook-id');
  await p.getByTestId('not-this-one').click();
  const other = p.locator('.not-this-one').getByTestId('alternative').first();
  const otherId = await other.getAttribute('data-runbook-id');
  await other.click();
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', otherId!);
  await expect
    .poll(() => storedExamples(context))
    .toEqual([expect.objectContaining({ runbook: automatic, negative: true, ticket: 'INC0010001' })]);
});
