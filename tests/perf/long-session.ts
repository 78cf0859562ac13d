import type { Page } from 'playwright-core';
import { createMatcher } from '../../lib/matching/match';
import { loadRunbooks } from '../../scripts/library';
import { openMetrics, type PageFigures } from './extension-metrics';

/** What a long session drives on one site's fixture: SPA navigation and summary edits. */
export interface SessionDriver {
  name: string;
  /** Ticket keys to cycle through. */
  keys: readonly string[];
  open(page: Page, key: string): Promise<void>;
  navigate(page: Page, key: string): Promise<void>;
  /** Replaces the current ticket's summary as an agent would (inline edit, committed). */
  edit(page: Page, text: string): Promise<void>;
  summaryOf(key: string): string;
}

export interface SessionFigures {
  site: string;
  navigations: number;
  edits: number;
  /** Steps where the panel did not show the runbook the matcher picks for the current summary. */
  mismatches: string[];
  maxPanels: number;
  minPanels: number;
  after20: PageFigures;
  end: PageFigures;
  seconds: number;
}

const EDITS = [
  'VPN will not connect from the hotel',
  'outlook ost file not syncing, cached mode',
  'lost phone, need to set up authenticator again',
  'bitlocker recovery key asked after bios update',
  'printer jobs stuck in queue',
  'cannot open the shared drive, network path not found',
];

const matcher = createMatcher(loadRunbooks());
const expectedFor = (summary: string): string => matcher.match(summary).confident?.id ?? 'no-match';

async function shown(page: Page): Promise<{ text: string; runbook: string }> {
  return page.locator('runbook-lens').evaluate((host) => {
    const root = host.shadowRoot!;
    const text = root.querySelector('[data-testid="ticket-text"]')?.textContent ?? '';
    const title = root.querySelector('[data-testid="runbook-title"]');
    const runbook =
      title?.getAttribute('data-runbook-id') ?? (root.querySelector('[data-testid="no-match"]') ? 'no-match' : '');
    return { text, runbook };
  });
}

/** Waits until the panel shows `summary`, then records whether its runbook is the matcher's pick. */
async function check(page: Page, summary: string, step: string, mismatches: string[]): Promise<number> {
  const want = summary.trim();
  const deadline = Date.now() + 5000;
  let last = { text: '', runbook: '' };
  while (Date.now() < deadline) {
    if ((await page.locator('runbook-lens').count()) > 0) {
      last = await shown(page);
      if (last.text === want && last.runbook === expectedFor(want)) break;
    }
    await page.waitForTimeout(20);
  }
  if (last.text !== want || last.runbook !== expectedFor(want)) {
    mismatches.push(`${step}: showed "${last.text}" → ${last.runbook}, expected "${want}" → ${expectedFor(want)}`);
  }
  return page.locator('runbook-lens').count();
}

export async function runLongSession(
  page: Page,
  driver: SessionDriver,
  { navigations = 200, edits = 500 } = {},
): Promise<SessionFigures> {
  const started = Date.now();
  const metrics = await openMetrics(page);
  const mismatches: string[] = [];
  let maxPanels = 0;
  let minPanels = Infinity;
  const count = (n: number): void => {
    maxPanels = Math.max(maxPanels, n);
    minPanels = Math.min(minPanels, n);
  };
  const summaries = new Map(driver.keys.map((k) => [k, driver.summaryOf(k)]));
  await driver.open(page, driver.keys[0]!);
  count(await check(page, summaries.get(driver.keys[0]!)!, 'open', mismatches));
  let after20: PageFigures | null = null;
  let editsDone = 0;
  for (let i = 1; i <= navigations; i++) {
    const key = driver.keys[i % driver.keys.length]!;
    await driver.navigate(page, key);
    count(await check(page, summaries.get(key)!, `navigation ${i} to ${key}`, mismatches));
    const editsNow = Math.round((i * edits) / navigations) - editsDone;
    for (let e = 0; e < editsNow; e++) {
      const text = `${EDITS[(editsDone + e) % EDITS.length]} (${editsDone + e})`;
      await driver.edit(page, text);
      summaries.set(key, text);
      count(await check(page, text, `edit ${editsDone + e} on ${key}`, mismatches));
    }
    editsDone += editsNow;
    if (i === 20) after20 = await metrics.read();
  }
  const end = await metrics.read();
  await metrics.close();
  return {
    site: driver.name,
    navigations,
    edits: editsDone,
    mismatches,
    maxPanels,
    minPanels,
    after20: after20 ?? end,
    end,
    seconds: (Date.now() - started) / 1000,
  };
}
