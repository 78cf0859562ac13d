import { startPackServer } from '../server/pack-server';
import { FIXTURE_PAGES, FIXTURE_TICKET_TEXTS } from '../server/fixture-pages';
import { expect, HOSTS, panel, test } from './fixtures';
import { outgoing, watchExtensionNetwork, type ExtensionRequest } from './pages/extension-network';
import { openOptions, packItem } from './pages/options';
import { acmePack, PACK_NAME } from './pages/packs';

// docs/privacy.md, asserted: on every fixture page the extension makes no network request of its own
// (only its chrome-extension:// resources), and with a pack URL configured that URL is the only one,
// carrying no ticket text.

/** Everything a request carries, to search for ticket text (URL-decoded too). */
const carried = (r: ExtensionRequest): string => {
  const text = [r.url, JSON.stringify(r.headers), r.postData].join('\n');
  let decoded = text;
  try {
    decoded = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // Not URL-encoded.
  }
  return `${text}\n${decoded}`.toLowerCase();
};

async function visitAll(page: import('@playwright/test').Page, origin: (host: string) => string) {
  for (const fixture of FIXTURE_PAGES) {
    await page.goto(`${origin(fixture.host)}${fixture.path}`);
    if (fixture.expectPanel)
      await expect(panel(page).getByTestId('ticket-text'), fixture.name).toBeVisible({ timeout: 15_000 });
    else await page.waitForTimeout(800);
  }
}

test('on every fixture page the extension requests nothing but its own resources', async ({
  context,
  extensionId,
  page,
  server,
  pageErrors,
}) => {
  test.setTimeout(300_000);
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const requests = await watchExtensionNetwork(context);
  await visitAll(page, server.origin);
  // Not even the panel's stylesheet is fetched: it is bundled into the panel's script, so that no file of
  // ours is web-accessible (tests/e2e/trust.spec.ts).
  expect(requests.filter((r) => r.by === 'content-script')).toEqual([]);
  expect(outgoing(requests)).toEqual([]);
  // The broken fixture that throws on load is the page's own failure (tests/fixtures/broken/throws.js).
  expect(pageErrors.filter((e) => !e.includes('page script failed'))).toEqual([]);
});

test('with a pack URL, that URL is the only request, and it carries no ticket text', async ({
  context,
  extensionId,
  page,
  server,
}) => {
  test.setTimeout(300_000);
  const packs = await startPackServer(HOSTS.packs);
  try {
    packs.set('/acme.json', JSON.stringify(acmePack()));
    const requests = await watchExtensionNetwork(context);
    const options = await openOptions(context, extensionId);
    await options.getByTestId('pack-url').fill(packs.url('/acme.json'));
    await options.getByTestId('pack-subscribe').click();
    await options.getByTestId('pack-confirm').click();
    await expect(packItem(options, PACK_NAME)).toBeVisible();

    await visitAll(page, server.origin);
    // A refresh while ticket pages are open (the service worker fetches, with If-None-Match).
    await packItem(options, PACK_NAME).getByTestId('pack-refresh').click();
    await expect.poll(() => packs.requests.length).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(500);

    const sent = outgoing(requests);
    // The watcher saw the pack requests, from the options page and the service worker.
    expect(sent.map((r) => r.by)).toEqual(expect.arrayContaining(['extension-page', 'service-worker']));
    for (const r of sent) {
      expect(r.url.split('?')[0], `${r.by} ${r.method}`).toBe(packs.url('/acme.json'));
      expect(['GET', 'OPTIONS']).toContain(r.method);
      expect(r.postData).toBe('');
      const all = carried(r);
      for (const text of FIXTURE_TICKET_TEXTS) expect(all, text).not.toContain(text.toLowerCase().slice(0, 40));
      // No cookies or credentials go with it.
      expect(Object.keys(r.headers).map((h) => h.toLowerCase())).not.toContain('cookie');
    }
  } finally {
    await packs.close();
  }
});
