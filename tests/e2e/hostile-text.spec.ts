import { HOSTILE_STRINGS } from '../hostile/hostile-strings';
import { expect, HOSTS, panel, test } from './fixtures';

const VPN = '57af7aec73d423002728660c4cf6a71c';

test('hostile ticket text and search input render as plain text and run nothing', async ({
  page,
  server,
  pageErrors,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${VPN}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-title')).toBeVisible();
  const field = page.locator('[id="incident.short_description"]');
  await field.evaluate((el) => el.removeAttribute('maxlength'));

  for (const { name, text } of HOSTILE_STRINGS) {
    await field.evaluate((el, value) => {
      (el as HTMLInputElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    // What the page holds (an <input> drops line breaks) is what the panel must show, as text.
    const held = await field.inputValue();
    const expected = held.trim().slice(0, 500);
    await expect(p.getByTestId('ticket-text'), name).toHaveText(expected, { useInnerText: false });
    const search = p.getByTestId('search');
    await search.fill(text.slice(0, 500));
    await search.fill('');
    // Nothing executed, the panel is intact and still usable.
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), name).toBeUndefined();
    await expect(page.locator('runbook-lens'), name).toHaveCount(1);
    const injected = await page
      .locator('runbook-lens')
      .evaluate(
        (host) =>
          [...host.shadowRoot!.querySelectorAll('*')].filter(
            (el) =>
              ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) ||
              [...el.attributes].some((a) => a.name.startsWith('on')),
          ).length,
      );
    expect(injected, name).toBe(0);
    const box = (await p.boundingBox())!;
    expect(box.width, name).toBeGreaterThan(250);
    await expect(p.getByTestId('search'), name).toBeVisible();
  }
  expect(pageErrors).toEqual([]);
});
