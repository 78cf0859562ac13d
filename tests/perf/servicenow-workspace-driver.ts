import type { Page } from 'playwright-core';
import { records } from '../server/routes';
import type { SessionDriver } from './long-session';

// Two records open as workspace tabs in the Service Operations Workspace fixture (sow-record.html).
const BITLOCKER = 'f38aaed7caa224cabe861bb2f4e64d47';
const PRINTER = '78b443c23c334bced2c82361d87508f6';
const record = (id: string) => records.servicenow![id] as { number: string; short_description: string };

/** Tab-to-tab navigation (pushState) and typing in the short description inside nested shadow roots. */
export function servicenowWorkspaceDriver(origin: string): SessionDriver {
  let current = BITLOCKER;
  return {
    name: 'ServiceNow Service Operations Workspace',
    keys: [BITLOCKER, PRINTER],
    summaryOf: (id) => record(id).short_description,
    async open(page: Page, id: string) {
      current = id;
      await page.goto(`${origin}/now/sow/record/incident/${id}`);
    },
    async navigate(page: Page, id: string) {
      current = id;
      await page.getByRole('tab', { name: record(id).number }).click();
    },
    async edit(page: Page, text: string) {
      await page
        .locator(
          `sn-canvas-screen[screen-id="record-${current}"] sn-record-input-connected[name="short_description"] input`,
        )
        .fill(text);
    },
  };
}
