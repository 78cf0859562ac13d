import { expect, HOSTS, panel, test } from './fixtures';
import { importAcmePack, openOptions, packItem } from './pages/options';
import { PACK_NAME } from './pages/packs';

/** The service worker's own `chrome`: the evaluate() callbacks below run there. */
declare const chrome: typeof import('wxt/browser').browser;

// Corrupt stored state (services/storage/repair.ts): every key broken at once, one broken pack among
// valid ones. The panel still works, the valid pack and settings survive, and the options page says once
// what was reset.

const OUTLOOK = '9d385017c611228701d22104cc95c371';

test('broken storage is repaired: panel works, valid pack and settings kept, notice shown once', async ({
  context,
  extensionId,
  page,
  server,
  pageErrors,
}) => {
  const options = await openOptions(context, extensionId);
  await importAcmePack(options);
  await options.close();

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (orgSite) => {
    const { packs } = (await chrome.storage.local.get('packs')) as { packs: unknown[] };
    await chrome.storage.local.set({
      panelPrefs: 'wide',
      triage: [1, 2, 3],
      feedback: { 'outlook|INC1': null },
      // Half-written: one site's switch broken (the other kept), the panel default side and the
      // organization's site (valid) kept.
      settings: {
        sites: { servicenow: true, jira: 'yes' },
        panel: { defaultState: 'open', side: 'left' },
        orgSites: [orgSite],
      },
      packs: [...packs, { id: 'file:broken', name: 'Broken pack', enabled: true }],
      storageNotice: 7,
    });
  }, HOSTS.servicenow);

  await page.goto(`${server.origin(HOSTS.servicenow)}/incident.do?sys_id=${OUTLOOK}`);
  const p = panel(page);
  await expect(p.getByTestId('runbook-source')).toHaveText(`Pack: ${PACK_NAME}`);
  await expect(p).toHaveAttribute('data-side', 'left');
  await expect(p).toHaveAttribute('data-state', 'open');
  await p.getByTestId('helpful-yes').click();
  await expect(p.getByTestId('helpful-yes')).toHaveAttribute('aria-pressed', 'true');
  await p.getByTestId('tree-option').first().click();
  await expect(p.getByTestId('tree-back')).toBeVisible();

  const again = await openOptions(context, extensionId);
  const notice = again.getByTestId('storage-notice');
  await expect(notice).toBeVisible();
  const items = notice.getByTestId('storage-notice-item');
  await expect(items).toHaveText(
    [
      /panel width/,
      /decision-tree answers/,
      /votes/,
      'settings: sites switched on',
      'runbook pack “Broken pack” (unreadable, removed)',
    ],
    { ignoreCase: false },
  );
  // Nothing valid was lost: the pack, the panel side.
  await expect(again.getByTestId('pack')).toHaveCount(1);
  await expect(packItem(again, PACK_NAME)).toContainText('2 runbook(s)');
  await expect(again.getByTestId('panel-side-left')).toBeChecked();

  // Once: dismissed, it stays away (the repaired values are valid, so nothing new is found).
  await notice.getByTestId('storage-notice-dismiss').click();
  await expect(notice).toHaveCount(0);
  await again.reload();
  await again.getByRole('heading', { name: 'Runbook Lens settings' }).waitFor();
  await expect(packItem(again, PACK_NAME)).toBeVisible();
  await expect(again.getByTestId('storage-notice')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
