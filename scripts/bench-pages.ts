// `npm run bench:pages`: main-thread time our content scripts take on each fixture page, measured
// with Chromium's CPU profiler (CDP Profiler domain) on the built extension. Needs `npm run build`.
import './closed-pipe';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../tests/server/fixture-server';
import { HOSTS, launchWithExtension } from '../tests/server/launch-chromium';
import { BENCH_PAGES } from '../tests/server/bench-pages';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** Self time (ms) per script URL prefix, from a CPU profile's samples. */
function selfTimeByScript(profile: {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}): Map<string, number> {
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const totals = new Map<string, number>();
  profile.samples.forEach((nodeId, i) => {
    const url = urlOf.get(nodeId) ?? '';
    const script = /^chrome-extension:\/\/[^/]+\/(.+)$/.exec(url)?.[1];
    if (script) totals.set(script, (totals.get(script) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

async function profile(page: Page, url: string, settle: (page: Page) => Promise<void>): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await settle(page);
  const { profile: result } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return selfTimeByScript(result as never);
}

const server = await startFixtureServer();
const context = await launchWithExtension();
const page = context.pages()[0] ?? (await context.newPage());
console.log('| page | ticket.js ms | panel.js ms | background | panel shown |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const bench of BENCH_PAGES) {
  const url = server.origin(HOSTS[bench.host]) + bench.path;
  let shown = false;
  const totals = await profile(page, url, async (p) => {
    shown = await p
      .locator('runbook-lens')
      .getByTestId('panel')
      .waitFor({ timeout: 8000 })
      .then(() => true)
      .catch(() => false);
    await p.waitForTimeout(bench.expectPanel ? 500 : 1500);
  });
  const get = (name: string): string =>
    [...totals]
      .filter(([k]) => k.includes(name))
      .reduce((n, [, v]) => n + v, 0)
      .toFixed(1);
  console.log(
    `| ${bench.name} | ${get('ticket.js')} | ${get('panel.js')} | ${get('background.js')} | ${shown ? 'yes' : 'no'} |`,
  );
}
await context.close();
await server.close();
