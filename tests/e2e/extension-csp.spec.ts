import { expect, test } from './fixtures';
import { watchCsp, openExtensionPage, type PageReport } from './pages/csp-watch';
import { acmePack, jsonFile, PACK_NAME } from './pages/packs';
import { packItem } from './pages/options';

/** The extension page's own `chrome`: the evaluate() callbacks below run in it. */
declare const chrome: typeof import('wxt/browser').browser;

// The extension pages run under the manifest's strict CSP (script-src 'self'; object-src 'self', no
// 'unsafe-eval'): used for real (Zod validation of a pack, the XState decision tree, search), they must
// cause no violation at all, and load no script from outside the extension.

const CLEAN: PageReport = { violations: [], consoleErrors: [], pageErrors: [] };

test.beforeEach(async ({ context }) => watchCsp(context));

test('the manifest states the strict extension-page CSP', async ({ context, extensionId }) => {
  const { page } = await openExtensionPage(context, `chrome-extension://${extensionId}/options.html`);
  const manifest = await page.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
});

for (const name of ['options.html', 'popup.html']) {
  test(`${name} loads only the extension's own scripts`, async ({ context, extensionId }) => {
    const { page } = await openExtensionPage(context, `chrome-extension://${extensionId}/${name}`);
    await page.locator('#root *').first().waitFor();
    const origin = `chrome-extension://${extensionId}/`;
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src || '(inline)'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src.startsWith(origin), src).toBe(true);
    // Nothing loaded from elsewhere either (styles, module preloads, images).
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    for (const url of resources) expect(url.startsWith(origin), url).toBe(true);
  });
}

test('options: importing a pack (Zod) runs without a CSP violation', async ({ context, extensionId }) => {
  const { page, report } = await openExtensionPage(context, `chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Runbook Lens settings' }).waitFor();
  await page.getByTestId('pack-file').setInputFiles(jsonFile('acme-desk.json', acmePack()));
  await expect(page.getByTestId('pack-preview')).toBeVisible();
  await page.getByTestId('pack-confirm').click();
  await expect(packItem(page, PACK_NAME)).toContainText('2 runbook(s)');
  expect(await report()).toEqual(CLEAN);
});

test('popup: search and the decision tree (XState) run without a CSP violation', async ({ context, extensionId }) => {
  const { page, report } = await openExtensionPage(context, `chrome-extension://${extensionId}/popup.html`);
  await page.getByTestId('search').fill('bitlocker recovery key');
  await page.getByTestId('search-result').first().click();
  await expect(page.getByTestId('runbook-title')).toHaveAttribute('data-runbook-id', 'bitlocker-recovery');
  const question = await page.getByTestId('tree-question').textContent();
  await page.getByTestId('tree-option').first().click();
  await expect(page.getByTestId('tree-question').or(page.getByTestId('tree-outcome')).first()).not.toHaveText(
    question!,
  );
  await page.getByTestId('tree-back').click();
  await expect(page.getByTestId('tree-question')).toHaveText(question!);
  expect(await report()).toEqual(CLEAN);
});

test('the watcher sees a violation when there is one (an inline script under the strict CSP)', async ({
  context,
  extensionId,
}) => {
  const { page, report } = await openExtensionPage(context, `chrome-extension://${extensionId}/popup.html`);
  await page.getByTestId('search').waitFor();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
  });
  await expect.poll(async () => (await report()).violations.join()).toContain('script-src');
  expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
});
