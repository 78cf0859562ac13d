import type { Locator, Page } from '@playwright/test';
import { HOSTILE_PACK_NAME, hostilePack, hostileRunbooks } from '../hostile/hostile-pack';
import { expect, HOSTS, panel, test } from './fixtures';
import { nameOrgSites, openOptions, packItem } from './pages/options';
import { deskRunbook, jsonFile } from './pages/packs';

// Hostile strings as runbook-pack fields (hardening issue): imported through the options page, opened in
// the panel on a ServiceNow ticket via search; every field shows as plain text, nothing runs (page,
// panel, options page), the layout stays usable, and no link other than https:// is ever rendered.

const MONITOR_ARM = '46d44a5dc0a8010e0004a8f7a4d4e1a5';
const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/**
 * Elements or attributes that could run code, anywhere under `root` (a shadow host or the document);
 * the extension page's own module script (chrome-extension://) aside.
 */
const ACTIVE = (root: Element | Document): number => {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  return [...scope.querySelectorAll('*')].filter(
    (el) =>
      (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src.startsWith('chrome-extension://')) ||
      ['IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(el.tagName) ||
      [...el.attributes].some((a) => a.name.startsWith('on')),
  ).length;
};

const text = (locator: Locator, expected: string, name: string) =>
  expect(locator, name).toHaveText(expected, { useInnerText: false });

test('hostile pack fields render as plain text in the panel and run nothing', async ({
  context,
  extensionId,
  page,
  server,
  pageErrors,
}) => {
  test.setTimeout(240_000);
  const optionsErrors: string[] = [];
  const options = await openOptions(context, extensionId);
  options.on('pageerror', (e) => optionsErrors.push(String(e)));
  await nameOrgSites(options);
  await options.getByTestId('pack-file').setInputFiles(jsonFile('hostile.json', hostilePack()));
  await expect(options.getByTestId('pack-preview')).toBeVisible();
  // The preview lists the hostile titles: nothing may run in the extension page either.
  expect(await options.evaluate(ACTIVE, await options.evaluateHandle(() => document))).toBe(0);
  await options.getByTestId('pack-confirm').click();
  await expect(packItem(options, HOSTILE_PACK_NAME)).toContainText(`${hostileRunbooks().length} runbook(s)`);

  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${MONITOR_ARM}`);
  // A background tab gets throttled animation frames, which Playwright's click waits on.
  await page.bringToFront();
  const p = panel(page);
  await expect(p.getByTestId('search')).toBeVisible();
  for (const { name, id, word, expected } of hostileRunbooks()) {
    await p.getByTestId('search').fill(word);
    await p.locator(`[data-testid="search-result"][data-runbook-id="${id}"]`).click();
    await expect(p.getByTestId('runbook-title'), name).toHaveAttribute('data-runbook-id', id);
    await text(p.getByTestId('runbook-title'), expected.title, name);
    await text(p.locator('.overview'), expected.overview, name);
    await text(p.locator('section[aria-label="Symptoms"] li').first(), expected.symptom, name);
    await text(p.getByTestId('step').first().locator('p').first(), expected.stepText, name);
    await text(p.getByTestId('command').first().locator('code'), expected.code, name);
    await text(p.getByTestId('tree-question'), expected.question, name);
    await expect(p.getByTestId('tree-option'), name).toHaveText(expected.labels, { useInnerText: false });
    await expect(p.getByTestId('escalation').first().locator('strong'), name).toHaveText(`→ ${expected.group}`, {
      useInnerText: false,
    });
    await text(p.locator('section[aria-label="Resources"] a'), expected.resource, name);

    // Nothing executed, nothing active in the shadow root, links https only, layout usable.
    expect(await pwned(page), name).toBeUndefined();
    expect(await page.locator('runbook-lens').evaluate(ACTIVE), name).toBe(0);
    const hrefs = await p.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length, name).toBeGreaterThan(0);
    for (const href of hrefs) expect(href, name).toMatch(/^https:\/\//);
    const box = (await p.boundingBox())!;
    expect(box.width, name).toBeGreaterThan(250);
    expect(box.height, name).toBeGreaterThan(300);
    await expect(p.getByTestId('search'), name).toBeInViewport();
  }
  // The escalate outcome carries a hostile group too: answer "No" on the last runbook.
  await p.getByTestId('tree-option').nth(1).click();
  await expect(p.getByTestId('tree-outcome')).toHaveAttribute('data-outcome', 'escalate');
  expect(await pwned(page)).toBeUndefined();
  expect(await pwned(options)).toBeUndefined();
  expect(pageErrors).toEqual([]);
  expect(optionsErrors).toEqual([]);
});

test('packs with javascript: or data: links are refused in the browser too; nothing is stored', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  for (const url of [
    'javascript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'http://kb.example.com/x',
  ]) {
    const pack = {
      schemaVersion: 1,
      name: 'Bad links',
      runbooks: [{ ...deskRunbook(), resources: [{ title: 'KB', url }] }],
    };
    await options.getByTestId('pack-file').setInputFiles(jsonFile('bad-links.json', pack));
    const errors = options.getByTestId('pack-errors');
    await expect(errors.getByTestId('pack-error').locator('td'), url).toHaveText([
      'bad-links.json',
      'runbooks[0].resources[0].url',
      'must be an https:// URL',
    ]);
    await expect(options.getByTestId('pack-preview')).toHaveCount(0);
  }
  await expect(options.getByTestId('no-packs')).toBeVisible();
  expect(await pwned(options)).toBeUndefined();
});
