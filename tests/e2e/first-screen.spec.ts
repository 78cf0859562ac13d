import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, HOSTS, panel, test } from './fixtures';

// The panel as a new agent sees it on a laptop screen: what it must show without scrolling.

const VPN = '57af7aec73d423002728660c4cf6a71c';
const OUTLOOK = '9d385017c611228701d22104cc95c371';
const LAPTOP = { width: 1366, height: 768 };

async function open(page: Page, origin: string, sysId: string): Promise<void> {
  await page.goto(`${origin}/incident.do?sys_id=${sysId}`);
  await expect(panel(page).getByTestId('runbook-title')).toBeVisible();
}

/** Wholly on screen: inside the viewport and inside the panel's own visible body. */
async function expectOnFirstScreen(page: Page, element: Locator, what: string): Promise<void> {
  const box = await element.boundingBox();
  const body = await panel(page).locator('.panel-body').boundingBox();
  expect(box, what).not.toBeNull();
  expect(body).not.toBeNull();
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(body!.y);
  expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(Math.min(LAPTOP.height, body!.y + body!.height));
  expect(box!.x, `${what} left`).toBeGreaterThanOrEqual(body!.x);
  expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(body!.x + body!.width);
}

for (const [site, host, path] of [
  ['ServiceNow', HOSTS.servicenow, `/incident.do?sys_id=${VPN}`],
  ['Jira', HOSTS.jira, '/browse/ITSD-101'],
] as const) {
  test(`${site} at 1366×768: the first screen holds the title, why it matched, the first question and command`, async ({
    page,
    server,
  }) => {
    await page.setViewportSize(LAPTOP);
    await page.goto(`${server.origin(host)}${path}`);
    const p = panel(page);
    await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
    await expect(p.getByTestId('confidence')).toHaveText('Strong match');
    await expect(p.getByTestId('match-why')).toContainText('vpn');
    const command = p.getByTestId('command').first();
    const firstScreen: Array<[Locator, string]> = [
      [p.getByTestId('runbook-title'), 'title'],
      [p.getByTestId('match-why'), 'why it matched'],
      [p.getByTestId('not-this-one'), 'Not this one?'],
      [p.getByTestId('tree-question'), 'first triage question'],
      [p.getByTestId('tree-option').first(), 'first answer'],
      [command.locator('figcaption'), 'first command label'],
      [command.getByTestId('copy'), 'Copy'],
      [command.getByTestId('insert-work-note'), 'Insert'],
    ];
    for (const [element, what] of firstScreen) await expectOnFirstScreen(page, element, what);
    const boxes = await Promise.all(
      firstScreen.map(async ([e, what]) => `${what} ${Math.round((await e.boundingBox())!.y)}`),
    );
    test.info().annotations.push({ type: 'first screen (top y, px)', description: boxes.join(', ') });
    expect(await p.locator('.panel-body').evaluate((b) => b.scrollTop)).toBe(0);
  });
}

test('Not this one? shows the close matches in place; nothing scrolls sideways; diagnostics come first', async ({
  page,
  server,
}) => {
  await page.setViewportSize(LAPTOP);
  await open(page, server.origin(HOSTS.servicenow), VPN);
  const p = panel(page);
  const command = p.getByTestId('command').first();
  // Nothing hidden: no command scrolls sideways, every character copied is on screen.
  const overflowing = await p
    .locator('[data-testid="command"] pre')
    .evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth).length);
  expect(overflowing).toBe(0);

  // The first command shown is a diagnostic one.
  await expect(command.getByText('Changes state')).toHaveCount(0);

  // Not this one? shows the other close matches right there, with the search focused for a better query.
  const inPlace = p.locator('.not-this-one [data-testid="alternative"]');
  await expect(inPlace).toHaveCount(0);
  await p.getByTestId('not-this-one').click();
  await expect(p.getByTestId('not-this-one')).toHaveAttribute('aria-expanded', 'true');
  await expect(p.getByTestId('search')).toBeFocused();
  const alternative = inPlace.first();
  await expectOnFirstScreen(page, alternative, 'first alternative');
  const results = await new AxeBuilder({ page }).include('runbook-lens').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  const otherId = await alternative.getAttribute('data-runbook-id');
  await alternative.click();
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', otherId!);
  await expect(p.getByTestId('match-why')).toContainText('Picked by you');
});

test('the section bar stays on screen while scrolling, opens About in one click, and is remembered per ticket', async ({
  page,
  server,
}) => {
  await page.setViewportSize(LAPTOP);
  const origin = server.origin(HOSTS.servicenow);
  await open(page, origin, VPN);
  const p = panel(page);
  const bar = p.getByRole('navigation', { name: 'Runbook sections' });
  const tabs = bar.getByTestId('section-tab');
  await expect(tabs).toHaveText(['Triage', 'Commands', 'Steps', 'Escalate', 'About']);
  await expect(tabs.first()).toHaveAttribute('aria-current', 'true');

  // About: overview, symptoms and causes one click away.
  await tabs.filter({ hasText: 'About' }).click();
  await expect(tabs.filter({ hasText: 'About' })).toHaveAttribute('aria-current', 'true');
  await expect(p.locator('#section-about-heading')).toBeFocused();
  await expectOnFirstScreen(page, p.locator('.overview'), 'overview after one click');
  // Scrolled far down, the bar is still on screen.
  await expectOnFirstScreen(page, bar, 'section bar while scrolled');

  await tabs.filter({ hasText: 'Escalate' }).click();
  await expectOnFirstScreen(page, p.getByTestId('escalation').first(), 'first escalation criterion');

  // Another ticket opens at the top; back on this one, the panel opens at Escalate again.
  await open(page, origin, OUTLOOK);
  await expect(p.getByTestId('section-tab').first()).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => p.locator('.panel-body').evaluate((b) => b.scrollTop)).toBe(0);
  await open(page, origin, VPN);
  await expect(p.getByTestId('section-tab').filter({ hasText: 'Escalate' })).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(async () => {
      const box = await p.getByTestId('escalation').first().boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= LAPTOP.height;
    })
    .toBe(true);
});

test('scrolling by hand moves the section bar along, and that section is the one remembered', async ({
  page,
  server,
}) => {
  await page.setViewportSize(LAPTOP);
  const origin = server.origin(HOSTS.servicenow);
  await open(page, origin, VPN);
  const p = panel(page);
  const tab = (name: string) => p.getByTestId('section-tab').filter({ hasText: name });
  await p.locator('.panel-body').hover();
  // The wheel, as an agent scrolls, until the steps sit under the bar.
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 200);
      return tab('Steps').getAttribute('aria-current');
    })
    .toBe('true');
  await expect(tab('Triage')).not.toHaveAttribute('aria-current', 'true');
  await page.reload();
  await expect(tab('Steps')).toHaveAttribute('aria-current', 'true');
});
