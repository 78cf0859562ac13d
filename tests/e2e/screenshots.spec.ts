import AxeBuilder from '@axe-core/playwright';
import { expect, HOSTS, panel, screenshotPath, test } from './fixtures';

// The first screen as the README shows it, light and dark, on ServiceNow and Jira, at 1366×768. `npm test`
// writes these to the ignored test-results/screenshots/; `npm run screenshots` (tests tagged @screenshot)
// refreshes docs/screenshots/.

const PAGES = [
  ['servicenow', HOSTS.servicenow, '/incident.do?sys_id=57af7aec73d423002728660c4cf6a71c'],
  ['jira', HOSTS.jira, '/browse/ITSD-101'],
] as const;

for (const [site, host, path] of PAGES) {
  test(`${site}: the first screen, light and dark, with no serious axe violation @screenshot`, async ({
    page,
    server,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.origin(host)}${path}`);
    const p = panel(page);
    await expect(p.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'vpn-cannot-connect');
    await expect(p.getByTestId('command').first()).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).include('runbook-lens').analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`${site}-${scheme}`) });
    }
  });
}
