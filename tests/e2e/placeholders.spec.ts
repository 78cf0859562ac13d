import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, HOSTS, panel, test } from './fixtures';
import { nameOrgSites, openOptions } from './pages/options';
import { bundledRunbook, jsonFile } from './pages/packs';

// Commands ready to run for this ticket: placeholders filled from the ticket and the organisation, editable,
// refused when a value would change the command, and the platform the ticket names.

const VPN = '57af7aec73d423002728660c4cf6a71c'; // INC0010002: caller Beth Anglin, CI LAP-0107, names no platform
const VPN_MAC = '0b7e1c2d3f4a5b6c7d8e9f0a1b2c3d4e'; // INC0010026: "on her MacBook Air … macOS 14" in the description

/** The bundled VPN runbook with commands written in placeholders, as #17 rewrites the library. */
function vpnPack() {
  const vpn = bundledRunbook('vpn-cannot-connect');
  const command = (id: string, shell: string, platform: string, code: string, effect = 'diagnostic') => ({
    id,
    label: id,
    shell,
    platform,
    effect,
    step: 'check-reachability',
    code,
  });
  return {
    schemaVersion: 1,
    name: 'Acme VPN',
    version: '1',
    runbooks: [
      {
        ...vpn,
        commands: [
          command(
            'win-gateway',
            'powershell',
            'windows',
            'Test-NetConnection -ComputerName __VPN_GATEWAY__ -Port 443\nGet-ADComputer __COMPUTER_NAME__ -Properties LastLogonDate',
          ),
          command('win-print', 'cmd', 'windows', 'ping -n 4 __PRINT_SERVER__'),
          command('mac-gateway', 'zsh', 'macos', 'nc -vz __VPN_GATEWAY__ 443'),
          command('mac-user', 'zsh', 'macos', 'id __USER_NAME__'),
        ],
      },
    ],
  };
}

async function setUp(page: Page, context: Parameters<typeof openOptions>[0], extensionId: string): Promise<void> {
  const options = await openOptions(context, extensionId);
  // Pack runbooks show only on the organization's own tenants (#14).
  await nameOrgSites(options);
  await options.getByTestId('pack-file').setInputFiles(jsonFile('acme-vpn.json', vpnPack()));
  await options.getByTestId('pack-confirm').click();
  await expect(options.locator('[data-testid="pack"][data-pack-name="Acme VPN"]')).toBeVisible();
  await options.locator('[data-testid="org-value"][data-placeholder="VPN_GATEWAY"]').fill('vpn.acme.com');
  // A value no command could take is flagged where the admin types it.
  const proxy = options.locator('[data-testid="org-value"][data-placeholder="PROXY_HOST"]');
  await proxy.fill('proxy.acme.com;calc');
  await expect(options.getByRole('alert').filter({ hasText: 'semicolon' })).toBeVisible();
  await proxy.fill('');
  await options.close();
  await page.bringToFront();
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a filled placeholder reaches the clipboard and the work note exactly; an empty or unsafe one copies nothing', async ({
  page,
  context,
  extensionId,
  server,
  pageErrors,
}) => {
  await setUp(page, context, extensionId);
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${VPN}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  await p.getByTestId('platform-both').check();
  const card = p.locator('[data-testid="command"]', { hasText: 'win-gateway' });
  const field = (name: string) => card.locator(`[data-testid="placeholder"][data-placeholder="${name}"]`);

  // Filled before the agent types: the gateway from the options page, the computer from the ticket.
  await expect(field('VPN_GATEWAY')).toHaveValue('vpn.acme.com');
  await expect(field('COMPUTER_NAME')).toHaveValue('LAP-0107');
  await card.getByTestId('copy').click();
  await expect(card.getByRole('status')).toHaveText('Copied.');
  expect(await clipboard(page)).toBe(
    'Test-NetConnection -ComputerName vpn.acme.com -Port 443\nGet-ADComputer LAP-0107 -Properties LastLogonDate',
  );

  // The agent edits a value: the card, the clipboard and the work note carry the edit.
  await field('COMPUTER_NAME').fill('LAP-0999');
  await expect(card.locator('code')).toHaveText(
    'Test-NetConnection -ComputerName vpn.acme.com -Port 443\nGet-ADComputer LAP-0999 -Properties LastLogonDate',
  );
  await card.getByTestId('insert-work-note').click();
  await expect(card.getByRole('status')).toContainText('Inserted into Work notes');
  await expect(page.locator('#activity-stream-textarea')).toHaveValue(
    'Runbook Lens — VPN Client Cannot Connect: win-gateway\n[code]<pre>' +
      'Test-NetConnection -ComputerName vpn.acme.com -Port 443\nGet-ADComputer LAP-0999 -Properties LastLogonDate' +
      '</pre>[/code]',
  );

  // A value that would chain a second command is refused, with the reason, and nothing is copied.
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  await field('COMPUTER_NAME').fill('LAP-1; Stop-Computer');
  await expect(field('COMPUTER_NAME')).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByTestId('placeholder-problem')).toContainText('a semicolon would change what the command does');
  await expect(card.getByTestId('copy')).toHaveText('Check “Computer name” to copy');
  await card.getByTestId('copy').click();
  await expect(card.getByRole('status')).toHaveText('Nothing copied: check “Computer name”.');
  const axe = await new AxeBuilder({ page }).include('runbook-lens').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(await clipboard(page)).toBe('untouched');

  // An organisation value nobody set: the button says which, and copies nothing.
  const print = p.locator('[data-testid="command"]', { hasText: 'win-print' });
  await expect(print.getByTestId('copy')).toHaveText('Fill “Print server” to copy');
  await print.getByTestId('copy').click();
  await expect(print.getByRole('status')).toHaveText('Nothing copied: fill “Print server” first.');
  expect(await clipboard(page)).toBe('untouched');
  await print.locator('[data-testid="placeholder"][data-placeholder="PRINT_SERVER"]').fill('print01.acme.com');
  await print.getByTestId('copy').click();
  expect(await clipboard(page)).toBe('ping -n 4 print01.acme.com');
  expect(pageErrors).toEqual([]);
});

test('the platform the ticket names picks the commands; otherwise the agent’s last pick is remembered', async ({
  page,
  context,
  extensionId,
  server,
}) => {
  await setUp(page, context, extensionId);
  const origin = server.origin(HOSTS.servicenow);
  const p = panel(page);
  const shownPlatforms = () => p.getByTestId('command').evaluateAll((cards) => cards.map((c) => c.dataset.platform));

  // "MacBook Air … macOS 14" in the description: macOS commands only, and the panel says why.
  await page.goto(`${origin}/incident.do?sys_id=${VPN_MAC}`);
  await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
  await expect(p.getByTestId('platform-macos')).toBeChecked();
  await expect(p.getByTestId('platform-toggle')).toContainText('as the ticket says');
  expect(await shownPlatforms()).toEqual(['macos', 'macos']);

  // A ticket naming no platform: both at first, then the agent's pick, remembered on the next ticket.
  await page.goto(`${origin}/incident.do?sys_id=${VPN}`);
  await expect(p.getByTestId('platform-both')).toBeChecked();
  expect(await shownPlatforms()).toEqual(['windows', 'windows', 'macos', 'macos']);
  await p.getByTestId('platform-windows').check();
  expect(await shownPlatforms()).toEqual(['windows', 'windows']);
  await page.reload();
  await expect(p.getByTestId('platform-windows')).toBeChecked();
  expect(await shownPlatforms()).toEqual(['windows', 'windows']);
  // The ticket's own word still wins over the remembered pick.
  await page.goto(`${origin}/incident.do?sys_id=${VPN_MAC}`);
  await expect(p.getByTestId('platform-macos')).toBeChecked();
});
