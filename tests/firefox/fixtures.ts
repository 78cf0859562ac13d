import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { withFixtureServer, type FixtureServer } from '../server/fixture-server';
import { ADDON_ORIGIN, launchFirefox } from '../server/launch-firefox';

interface Fixtures {
  server: FixtureServer;
  firefox: Browser;
  /** A new Firefox tab (Playwright's own `page` fixture is Chromium's). */
  tab: Page;
  /** Uncaught errors of the pages opened through `tab` or `openPage`. */
  pageErrors: string[];
  openPage: () => Promise<Page>;
}

// The Playwright runner drives Puppeteer here: the same fixture server and pages as tests/e2e, another
// browser. Puppeteer's `>>>` pierces open shadow roots (the panel lives in <runbook-lens>'s).
export const test = base.extend<Fixtures>({
  server: async ({}, use) => withFixtureServer(use),
  firefox: async ({}, use) => {
    const firefox = await launchFirefox();
    await use(firefox);
    await firefox.close();
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  openPage: async ({ firefox, pageErrors }, use) => {
    await use(async () => {
      const page = await firefox.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      return page;
    });
  },
  tab: async ({ openPage }, use) => {
    await use(await openPage());
  },
});

export { expect };

export const PANEL = 'runbook-lens >>> [data-testid="panel"]';
export const inPanel = (selector: string): string => `${PANEL} ${selector}`;

/** An element's text, or null while it is not there. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (el) => el.textContent).catch(() => null);
}

export async function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (el, n) => el.getAttribute(n), name).catch(() => null);
}

/** The runbook the panel shows (its id), once it shows one. */
export async function shownRunbook(page: Page): Promise<string | null> {
  return attributeOf(page, inPanel('[data-testid="runbook-title"]'), 'data-runbook-id');
}

export async function click(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector, { timeout: 10_000 });
  await element!.click();
}

export async function openOptions(openPage: () => Promise<Page>): Promise<Page> {
  const options = await openPage();
  await openExtensionPage(options, 'options.html', '[data-testid="host-input"]');
  return options;
}

/**
 * Firefox never reports an extension page's load to WebDriver BiDi, so goto() would wait for nothing:
 * start the navigation and wait for the page's own content instead.
 */
export async function openExtensionPage(page: Page, path: string, ready: string): Promise<void> {
  void page.goto(`${ADDON_ORIGIN}/${path}`, { timeout: 0 }).catch(() => {});
  await page.waitForSelector(ready, { timeout: 15_000 });
}

/** What the clipboard holds, read by a page (the testing pref in launch-firefox.ts allows it). */
export async function clipboardText(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}
