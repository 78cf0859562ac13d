import type { Page } from '@playwright/test';
import { expect, HOSTS, panel, test } from './fixtures';

// shared/contract.md: a page without a ticket has no <runbook-lens> host, at any time, not only an empty one.
const NO_TICKET_PAGES: [string, keyof typeof HOSTS, string][] = [
  [
    'ServiceNow list in nav_to.do’s gsft_main',
    'servicenow',
    `/nav_to.do?uri=${encodeURIComponent('incident_list.do?sysparm_query=active=true')}`,
  ],
  ['ServiceNow list', 'servicenow', '/incident_list.do'],
  [
    'ServiceNow list in the Polaris shell',
    'servicenow',
    `/now/nav/ui/classic/params/target/${encodeURIComponent('incident_list.do')}`,
  ],
  ['ServiceNow dashboard', 'servicenow', '/$pa_dashboard.do'],
  ['ServiceNow SOW landing page', 'servicenow', '/now/sow/home'],
  ['ServiceNow SOW list', 'servicenow', '/now/sow/list/params/list-id/incidents/tiny-id/open'],
  ['ServiceNow Agent Workspace landing page', 'servicenow', '/now/workspace/agent/home'],
  ['Jira dashboard', 'jira', '/jira/dashboards/10000'],
  ['JSM queue with no issue open', 'jira', '/jira/servicedesk/projects/ITSD/queues/custom/1'],
];

/** Samples the page every 100 ms for `ms`: how many samples saw our host. */
const samplesWithHost = (page: Page, ms: number): Promise<number> =>
  page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let seen = 0;
        const timer = setInterval(() => (seen += document.querySelectorAll('runbook-lens').length ? 1 : 0), 100);
        setTimeout(() => {
          clearInterval(timer);
          resolve(seen);
        }, duration);
      }),
    ms,
  );

for (const [name, host, path] of NO_TICKET_PAGES) {
  test(`no panel host at any time: ${name}`, async ({ page, server, pageErrors }) => {
    const response = await page.goto(server.origin(HOSTS[host]) + path);
    expect(response?.status()).toBe(200);
    expect(await samplesWithHost(page, 3500)).toBe(0);
    expect(pageErrors).toEqual([]);
  });
}

test('leaving the ticket for a list removes the host; opening one brings it back', async ({ page, server }) => {
  await page.goto(`${server.origin(HOSTS.servicenow)}/now/sow/record/incident/f38aaed7caa224cabe861bb2f4e64d47`);
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  await page.locator('[data-nav="list"]').click();
  await expect(page.locator('runbook-lens')).toHaveCount(0);
  expect(await samplesWithHost(page, 1500)).toBe(0);
  await page.locator('[data-record="42502aadd4a8a8900a2850fbd4dd24a1"]').click();
  await expect(panel(page).getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'mailbox-full-quota');
  await expect(page.locator('runbook-lens')).toHaveCount(1);
});
