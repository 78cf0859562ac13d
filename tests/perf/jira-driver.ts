import type { Page } from 'playwright-core';
import { records } from '../server/routes';
import type { SessionDriver } from './long-session';

const SUMMARY = 'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]';

/** Jira Cloud issue view fixture: links navigate with pushState; the summary edits inline. */
export function jiraDriver(origin: string): SessionDriver {
  return {
    name: 'Jira Cloud issue view',
    keys: ['ITSD-101', 'ITSD-102', 'ITSD-103', 'ITSD-104', 'ITSD-105'],
    summaryOf: (key) => (records.jira![key] as { summary: string }).summary,
    async open(page: Page, key: string) {
      await page.goto(`${origin}/browse/${key}`);
    },
    async navigate(page: Page, key: string) {
      await page.locator(`[data-fixture-links] a[href$="/${key}"]`).first().click();
    },
    async edit(page: Page, text: string) {
      await page.locator(`[data-fixture-live] ${SUMMARY}`).click();
      const area = page.locator('[data-fixture-live] textarea[aria-label="Summary"]');
      await area.fill(text);
      await area.press('Enter');
    },
  };
}
