import type { BrowserContext, Page } from '@playwright/test';

/** The options page in its own tab (chrome-extension://<id>/options.html). */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Runbook Lens settings' }).waitFor();
  return page;
}

export function packItem(options: Page, name: string) {
  return options.locator(`[data-testid="pack"][data-pack-name="${name}"]`);
}
