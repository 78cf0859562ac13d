// `npm run bench:session`: the long-session figures (hardening issue) on the built extension:
// 200 SPA navigations and 500 summary edits per site, then listeners, observers and heap.
import './closed-pipe';
import { startFixtureServer } from '../tests/server/fixture-server';
import { HOSTS, launchWithExtension } from '../tests/server/launch-chromium';
import { jiraDriver } from '../tests/perf/jira-driver';
import { runLongSession } from '../tests/perf/long-session';
import { servicenowWorkspaceDriver } from '../tests/perf/servicenow-workspace-driver';

const server = await startFixtureServer();
const rows: string[] = [];
for (const driver of [
  jiraDriver(server.origin(HOSTS.jira)),
  servicenowWorkspaceDriver(server.origin(HOSTS.servicenow)),
]) {
  const context = await launchWithExtension();
  // Start once the service worker runs: messages sent before it are lost (as in the e2e fixtures).
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const page = context.pages()[0] ?? (await context.newPage());
  const f = await runLongSession(page, driver);
  rows.push(
    `| ${f.site} | ${f.navigations} | ${f.edits} | ${f.minPanels}–${f.maxPanels} | ${f.mismatches.length} | ` +
      `${f.after20.listeners} → ${f.end.listeners} | ${f.after20.observers} → ${f.end.observers} | ` +
      `${f.after20.heapMB.toFixed(1)} → ${f.end.heapMB.toFixed(1)} | ${f.seconds.toFixed(0)} |`,
  );
  await context.close();
}
await server.close();
console.log(
  '| fixture | navigations | edits | panels | wrong runbook | listeners (after 20 nav → end) | our MutationObservers | JS heap MB | s |',
);
console.log('| --- | ---: | ---: | :---: | ---: | --- | --- | --- | ---: |');
console.log(rows.join('\n'));
