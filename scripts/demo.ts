// `npm run demo`: serves the demo ticket pages at their real host names (mapped to 127.0.0.1 inside
// Chromium only) and opens Chromium with the built extension. Without a display it runs headless,
// saves a screenshot per page and prints where they are.
import './closed-pipe';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/server/fixture-server';
import { ensureBrowser } from '../tests/server/browsers';
import { HOSTS, launchWithExtension } from '../tests/server/launch-chromium';

const PAGES: { name: string; host: string; path: string }[] = [
  {
    name: 'servicenow-classic-form',
    host: HOSTS.servicenow,
    path: '/incident.do?sys_id=9d385017c611228701d22104cc95c371',
  },
  {
    name: 'servicenow-nav-to-frame',
    host: HOSTS.servicenow,
    path: `/nav_to.do?uri=${encodeURIComponent('/incident.do?sys_id=57af7aec73d423002728660c4cf6a71c')}`,
  },
  {
    name: 'servicenow-catalog-task',
    host: HOSTS.servicenow,
    path: '/sc_task.do?sys_id=a9e30c7dc61122760116894de7bcc7bd',
  },
  { name: 'servicenow-no-match', host: HOSTS.servicenow, path: '/incident.do?sys_id=46d44a5dc0a8010e0004a8f7a4d4e1a5' },
  { name: 'jira-cloud-issue', host: HOSTS.jira, path: '/browse/ITSD-104' },
  { name: 'jsm-agent-queue', host: HOSTS.jira, path: '/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102' },
  {
    name: 'jira-board-modal',
    host: HOSTS.jira,
    path: '/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103',
  },
  { name: 'jsm-customer-portal', host: HOSTS.jira, path: '/servicedesk/customer/portal/2/ITSD-101' },
];

// First: a browser, installed or explained in one line (no launch stack trace on a fresh machine).
ensureBrowser('chromium');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startFixtureServer(Number(process.env.PORT ?? 0));
const context = await launchWithExtension({ headless });
const out = join(import.meta.dirname, '..', 'demo-output');
mkdirSync(out, { recursive: true });

for (const [i, demo] of PAGES.entries()) {
  const page = i === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  const url = server.origin(demo.host) + demo.path;
  await page.goto(url);
  await page
    .locator('runbook-lens')
    .getByTestId('panel')
    .waitFor({ timeout: 10_000 })
    .catch(() => console.warn(`  (no panel on ${demo.name})`));
  await page.waitForTimeout(500);
  if (headless) {
    const file = join(out, `${demo.name}.png`);
    await page.screenshot({ path: file });
    console.log(`${demo.name}: ${url}\n  screenshot: ${file}`);
  } else {
    console.log(`${demo.name}: ${url}`);
  }
}

if (headless) {
  await context.close();
  await server.close();
} else {
  console.log('\nChromium is open with Runbook Lens loaded. Close it (or press Ctrl+C) to stop the demo server.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
