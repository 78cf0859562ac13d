import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadRunbooks } from '../../scripts/library';
import { expect, HOSTS, panel, test } from './fixtures';

const OUTLOOK = '9d385017c611228701d22104cc95c371';
const VPN = '57af7aec73d423002728660c4cf6a71c';
const NO_RUNBOOK = '46d44a5dc0a8010e0004a8f7a4d4e1a5';

async function open(page: Page, origin: string, sysId: string): Promise<void> {
  await page.goto(`${origin}/incident.do?sys_id=${sysId}`);
  await expect(panel(page).getByTestId('ticket-text')).toBeVisible();
}

test('shows the whole runbook: meta, overview, symptoms, causes, step badges, escalation, highlights', async ({
  page,
  server,
}) => {
  await open(page, server.origin(HOSTS.servicenow), VPN);
  const p = panel(page);
  // What the panel must show is whatever the runbook file says, not one wording pinned here.
  const vpn = loadRunbooks().find((r) => r.id === 'vpn-cannot-connect')!;
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', vpn.id);
  await expect(p).toContainText(`Est. ${vpn.estimatedMinutes.min}–${vpn.estimatedMinutes.max} min`);
  await expect(p.getByTestId('last-reviewed')).toHaveText(new RegExp(`^Reviewed ${vpn.lastReviewed}`));
  await expect(p.getByRole('region', { name: 'Symptoms' }).locator('li')).toHaveCount(vpn.symptoms.length);
  await expect(p.getByRole('region', { name: 'Likely causes' }).locator('li')).toHaveCount(vpn.causes.length);
  await expect(p.locator('mark').first()).toBeVisible();

  const steps = p.getByTestId('step');
  await expect(steps).toHaveCount(vpn.steps.length);
  const command = vpn.steps.findIndex((s) => s.kind === 'command');
  const admin = vpn.steps.findIndex((s, i) => i > 0 && s.adminRequired);
  await expect(steps.nth(command)).toHaveAttribute('data-kind', 'command');
  await expect(steps.nth(admin)).toHaveAttribute('data-admin-required', 'true');
  await expect(steps.nth(admin)).toContainText('Admin required');
  // Accordion: the first step is open, others open on click, with aria-expanded.
  const adminStep = steps.nth(admin).getByRole('button');
  await expect(adminStep).toHaveAttribute('aria-expanded', 'false');
  await adminStep.click();
  await expect(adminStep).toHaveAttribute('aria-expanded', 'true');
  await expect(steps.nth(admin).getByRole('region')).toBeVisible();

  await expect(p.getByTestId('escalation').first()).toContainText(`→ ${vpn.escalation[0]!.group}`);
  await p.getByTestId('related').filter({ hasText: 'VPN' }).first().click();
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-drops-frequently');
});

test('decision tree: one question at a time, back, restart, path to work notes, restored per ticket', async ({
  page,
  server,
}) => {
  const origin = server.origin(HOSTS.servicenow);
  await open(page, origin, VPN);
  const p = panel(page);
  await expect(p.getByTestId('tree-question')).toHaveText('Can the user open public websites without the VPN?');
  await p.getByTestId('tree-option').filter({ hasText: 'Yes' }).click();
  await expect(p.getByTestId('tree-question')).toHaveText('Are other users reporting VPN failures right now?');
  await p.getByTestId('tree-back').click();
  await expect(p.getByTestId('tree-question')).toHaveText('Can the user open public websites without the VPN?');
  await p.getByTestId('tree-option').filter({ hasText: 'Yes' }).click();
  await p.getByTestId('tree-option').filter({ hasText: 'No, only this user' }).click();
  await p.getByTestId('tree-option').filter({ hasText: 'No' }).click();
  const outcome = p.getByTestId('tree-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'escalate');
  await expect(outcome).toContainText('Escalate to Network Operations');

  await p.getByTestId('tree-copy-path').click();
  const journal = page.locator('#activity-stream-textarea');
  await expect(journal).toHaveValue(
    [
      'Triage — VPN Client Cannot Connect',
      'Can the user open public websites without the VPN? → Yes',
      'Are other users reporting VPN failures right now? → No, only this user',
      "Does the gateway resolve and answer on port 443 from the user's device? → No",
      "Escalate to Network Operations: Gateway unreachable from the user's network",
    ].join('\n'),
  );
  await expect(journal).toHaveAttribute('data-stream-text-input', 'work_notes');

  // Another ticket, then back: the tree is where the agent left it.
  await open(page, origin, OUTLOOK);
  await expect(p.getByTestId('tree-outcome')).toHaveCount(0);
  await open(page, origin, VPN);
  await expect(p.getByTestId('tree-outcome')).toHaveAttribute('data-outcome', 'escalate');
  await p.getByTestId('tree-restart').click();
  await expect(p.getByTestId('tree-question')).toHaveText('Can the user open public websites without the VPN?');
});

test('no confident match: says so without taking focus, lists the closest; search and alternatives override', async ({
  page,
  server,
}) => {
  await open(page, server.origin(HOSTS.servicenow), NO_RUNBOOK);
  const p = panel(page);
  await expect(p.getByTestId('no-match')).toBeVisible();
  await expect(p.getByTestId('runbook-title')).toHaveCount(0);
  await expect(p.getByTestId('search')).not.toBeFocused();
  await p.getByTestId('search').fill('bitlocker recovery key');
  await p.getByTestId('search-result').first().click();
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  // The closest runbooks stay one click away, under the title.
  await p.getByTestId('not-this-one').click();
  await expect(p.getByTestId('alternative').first()).toBeVisible();
  const other = p.getByTestId('alternative').first();
  const id = await other.getAttribute('data-runbook-id');
  await other.click();
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', id!);
});

test('feedback is counted and kept; collapse, width and the shortcut are remembered', async ({
  page,
  server,
  context,
  extensionId,
}) => {
  const origin = server.origin(HOSTS.servicenow);
  await open(page, origin, VPN);
  const p = panel(page);
  await p.getByTestId('helpful-yes').click();
  await expect(p.getByTestId('helpful-yes')).toHaveAttribute('aria-pressed', 'true');
  await expect(p.getByTestId('helpful-yes')).toContainText('1');

  const handle = p.getByTestId('resize-handle');
  const before = await handle.getAttribute('aria-valuenow');
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(Number(before) + 40));

  await expect(p.locator('kbd.shortcut')).toHaveText('Ctrl+Shift+Y');
  await page.reload();
  await expect(p.getByTestId('helpful-yes')).toContainText('1');
  await expect(p.getByTestId('resize-handle')).toHaveAttribute('aria-valuenow', String(Number(before) + 40));
  expect((await p.boundingBox())!.width).toBe(Number(before) + 40);

  // The shortcut's command handler (headless Chromium does not fire commands on key presses).
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  const toggle = () =>
    worker.evaluate(async () => {
      // The service worker's own `chrome` (not typed in this Node-side file).
      const { tabs } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const [tab] = await tabs.query({ active: true });
      await tabs.sendMessage(tab!.id!, { type: 'toggle-panel' }, { frameId: 0 });
    });
  await toggle();
  await expect(p).toHaveAttribute('data-state', 'collapsed');
  await page.reload();
  await expect(p).toHaveAttribute('data-state', 'collapsed');
  await toggle();
  await expect(p).toHaveAttribute('data-state', 'open');
  await p.getByTestId('collapse').click();
  await expect(p).toHaveAttribute('data-state', 'collapsed');
  await p.getByRole('button', { name: /Open Runbook Lens/ }).click();
  await expect(p).toHaveAttribute('data-state', 'open');
});

test('the panel is usable by keyboard and axe finds no serious or critical violation, light and dark', async ({
  page,
  server,
}) => {
  await open(page, server.origin(HOSTS.servicenow), OUTLOOK);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('runbook-lens').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  // Keyboard: from the search box, Tab alone reaches the tree's first answer, and Enter answers it.
  await p.getByTestId('search').focus();
  const onOption = () =>
    page.evaluate(
      () => document.querySelector('runbook-lens')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? '',
    );
  let presses = 0;
  while ((await onOption()) !== 'tree-option' && presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await onOption()).toBe('tree-option');
  await page.keyboard.press('Enter');
  await expect(p.getByTestId('tree-back')).toBeEnabled();
});

test('the open panel pushes the page so the ticket fields stay reachable; collapsed gives the space back', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await open(page, server.origin(HOSTS.servicenow), OUTLOOK);
  const p = panel(page);
  await expect(p).toHaveAttribute('data-state', 'open');
  const width = Number(await p.getByTestId('resize-handle').getAttribute('aria-valuenow'));
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginRight))
    .toBe(`${width}px`);
  // Every visible form control is left of the panel: nothing of the ticket sits under it.
  const rightEdges = await page
    .locator('form .form-control:visible')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
  for (const right of rightEdges) expect(right).toBeLessThanOrEqual(1100 - width);
  await p.getByTestId('collapse').click();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
});
