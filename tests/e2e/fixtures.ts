import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { E2E_EXTENSION, HOSTS, launchWithExtension } from '../server/launch-chromium';
import { withFixtureServer, type FixtureServer } from '../server/fixture-server';

interface Fixtures {
  server: FixtureServer;
  context: BrowserContext;
  extensionId: string;
  page: Page;
  /**
   * Uncaught errors in the test page, and the errors and warnings the extension's scripts log there. A test
   * fails on the latter by itself; on the page's own errors when it asserts this list is empty.
   */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => withFixtureServer(use),
  context: async ({}, use) => {
    const context = await launchWithExtension({ extension: E2E_EXTENSION });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  page: async ({ context, server, pageErrors }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const logged: string[] = [];
    onExtensionLog(page, (line) => {
      logged.push(line);
      pageErrors.push(line);
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin(HOSTS.servicenow),
    });
    await use(page);
    expect(logged, 'errors and warnings the extension logged in the page').toEqual([]);
  },
});

export { expect, HOSTS };

/** The first command card that asks for no value (placeholder fields are tested in placeholders.spec.ts). */
export function readyCommand(page: Page) {
  return panel(page)
    .getByTestId('command')
    .filter({ hasNot: page.getByTestId('placeholder') })
    .first();
}

/**
 * Where a test's screenshot goes: an ignored folder, so `npm test` never rewrites tracked files.
 * `npm run screenshots` sets RL_SCREENSHOTS=docs/screenshots to refresh the README's pictures.
 */
export const screenshotPath = (name: string): string =>
  `${process.env.RL_SCREENSHOTS ?? 'test-results/screenshots'}/${name}.png`;

/**
 * Console errors and warnings from the extension's content scripts in `page`: Playwright reports every
 * execution context's console, and ours are located at chrome-extension:// or say [Runbook Lens]. The host
 * page's own console output is not ours to judge.
 */
function onExtensionLog(page: Page, report: (line: string) => void): void {
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (message.location().url.startsWith('chrome-extension://') || text.includes('[Runbook Lens]'))
      report(`console.${message.type()}: ${text}`);
  });
}

/** The panel inside <runbook-lens>'s open shadow root (getByTestId pierces it). */
export function panel(page: Page) {
  return page.locator('runbook-lens').getByTestId('panel');
}
