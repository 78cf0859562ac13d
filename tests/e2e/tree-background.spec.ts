import type { BrowserContext, Page } from '@playwright/test';
import { expect, HOSTS, panel, test } from './fixtures';

// Issue #20: the decision tree's machine (XState) runs in the background, not in the script every ticket
// page parses. Chrome stops an idle extension worker after 30 s; the tree must go on regardless, and the
// pointer coming to the tree wakes the worker before the click, so the click is answered at warm speed.

const VPN = '57af7aec73d423002728660c4cf6a71c';
const FIRST = 'Can the user open public websites without the VPN?';
const SECOND = 'Are other users reporting VPN failures right now?';

/** The extension worker's running states as Chromium reports them, and a way to stop it as idling does. */
async function extensionWorker(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions)
      if (version.scriptURL.startsWith('chrome-extension://')) states.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    state: () => states.at(-1),
    stop: async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => states.at(-1)).toBe('stopped');
    },
  };
}

test('the tree is answered after the worker stopped; coming to the tree wakes it before the click', async ({
  context,
  page,
  server,
}) => {
  const url = `${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${VPN}`;
  await page.goto(url);
  const p = panel(page);
  await expect(p.getByTestId('tree-question')).toHaveText(FIRST);
  const worker = await extensionWorker(context, page);

  await worker.stop();
  await p.getByRole('group', { name: 'Triage decision tree' }).hover();
  await expect.poll(worker.state).toBe('running');
  await p.getByTestId('tree-option').filter({ hasText: 'Yes' }).click();
  await expect(p.getByTestId('tree-question')).toHaveText(SECOND);

  // Saved answers are replayed by the background too, also when it has to start first.
  await page.mouse.move(0, 0);
  await worker.stop();
  await page.reload();
  await expect(p.getByTestId('tree-question')).toHaveText(SECOND);
  await expect(p.locator('.tree-path')).toContainText(`${FIRST} → Yes`);
});
