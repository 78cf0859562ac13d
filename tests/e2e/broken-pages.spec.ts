import type { Page } from '@playwright/test';
import { expect, HOSTS, panel, test } from './fixtures';

// Hostile and broken host pages (tests/fixtures/broken/, served by tests/server/broken-routes.ts): fields
// missing, renamed, duplicated, read-only or late; page-world overrides of built-ins; a strict CSP; a
// page that throws. Per page: no error from our scripts, no panel without a ticket, the right one with.

/** Errors whose stack or text points into the extension (the page's own failures are not ours). */
function extensionErrors(page: Page): string[] {
  const ours: string[] = [];
  const isOurs = (text: string) => text.includes('chrome-extension://') || text.includes('[Runbook Lens]');
  page.on('pageerror', (error) => isOurs(`${error.message}\n${error.stack ?? ''}`) && ours.push(String(error)));
  page.on('console', (message) => {
    if (!['error', 'warning'].includes(message.type())) return;
    if (isOurs(`${message.text()}\n${message.location().url}`)) ours.push(message.text());
  });
  return ours;
}

const NO_TICKET_WAIT_MS = 2500;

interface Case {
  name: string;
  host: string;
  broken: string;
  /** The summary the panel must show, or null: no ticket, no panel. */
  summary: string | null;
}

const SN = (broken: string, summary: string | null, name: string): Case => ({
  name: `ServiceNow: ${name}`,
  host: HOSTS.servicenow,
  broken,
  summary,
});
const JIRA = (broken: string, summary: string | null, name: string): Case => ({
  name: `Jira Cloud: ${name}`,
  host: HOSTS.jira,
  broken,
  summary,
});

const CASES: Case[] = [
  SN('missing', null, 'form without short_description'),
  SN('renamed', null, 'short_description under another id'),
  SN('duplicated', 'Printer on 2nd floor not printing, jobs stuck', 'two short_description inputs'),
  SN('readonly', 'Mailbox is full, cannot send or receive email', 'read-only short_description'),
  SN('overrides', 'Outlook keeps saying disconnected, OST sync errors', 'Array.map, JSON.parse, fetch overridden'),
  SN('throws', 'Teams calls: others cannot hear me and camera not working', 'page script throws on load'),
  JIRA('missing', null, 'no summary heading'),
  JIRA('renamed', null, 'summary heading under another test id'),
  JIRA('duplicated', 'Printer on the 3rd floor not printing, jobs stuck in the queue', 'summary heading twice'),
  JIRA('readonly', 'Lost my phone, need Microsoft Authenticator on the new one', 'read-only issue'),
];

const url = (origin: string, c: Pick<Case, 'host' | 'broken'>) =>
  c.host === HOSTS.servicenow
    ? `${origin}/incident.do?broken=${c.broken}`
    : `${origin}/browse/ITSD-901?broken=${c.broken}`;

test.beforeEach(async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

for (const c of CASES) {
  test(`${c.name}: ${c.summary ? 'one panel with the ticket' : 'no panel'}, no error of ours`, async ({
    page,
    server,
  }) => {
    const ours = extensionErrors(page);
    await page.goto(url(server.origin(c.host), c));
    if (c.summary) {
      await expect(panel(page).getByTestId('ticket-text')).toHaveText(c.summary);
      await expect(page.locator('runbook-lens')).toHaveCount(1);
      await expect(panel(page)).toHaveCount(1);
    } else {
      await page.waitForTimeout(NO_TICKET_WAIT_MS);
      await expect(panel(page)).toHaveCount(0);
    }
    if (c.broken === 'overrides') {
      // Our scripts run in their own world: the page's replacements were never called by them.
      expect(await page.evaluate(() => (window as { __overrideCalls?: unknown }).__overrideCalls)).toEqual({
        map: 0,
        parse: 0,
        fetch: 0,
      });
    }
    expect(ours).toEqual([]);
  });
}

test('ServiceNow: a form inserted 5 s after load gets its panel then, not before', async ({ page, server }) => {
  const ours = extensionErrors(page);
  await page.goto(url(server.origin(HOSTS.servicenow), { host: HOSTS.servicenow, broken: 'late' }));
  await page.waitForTimeout(3500);
  await expect(panel(page)).toHaveCount(0);
  await expect(panel(page).getByTestId('ticket-text')).toHaveText(
    'Laptop asks for the BitLocker recovery key at every startup',
    { timeout: 15_000 },
  );
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  expect(ours).toEqual([]);
});

test('ServiceNow under a strict page CSP: the panel shows, styled, and nothing is refused', async ({
  page,
  server,
}) => {
  const ours = extensionErrors(page);
  const refused: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
  const response = await page.goto(
    url(server.origin(HOSTS.servicenow), { host: HOSTS.servicenow, broken: 'strict-csp' }),
  );
  expect(response!.headers()['content-security-policy']).toBe("default-src 'self'; style-src 'self'");
  const p = panel(page);
  await expect(p.getByTestId('ticket-text')).toHaveText('C: drive almost full, low disk space warning');
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'disk-space-low');
  // The panel CSS reached the shadow root despite style-src 'self': docked, fixed, sized.
  expect(await p.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect((await p.boundingBox())!.width).toBeGreaterThan(250);
  // The page is pushed aside (push-page.ts), which must not rely on an inline style the CSP refuses.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).not.toBe('0px');
  expect(refused).toEqual([]);
  expect(ours).toEqual([]);
});
