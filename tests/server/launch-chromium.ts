import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const EXTENSION = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
/**
 * What the browser tests load: `npm run build:e2e` (the normal build plus a host permission for the
 * Data Center fixture host, which headless Chromium cannot grant through a prompt). RL_EXTENSION_DIR
 * points the tests at another build, e.g. `.output/chrome-mv3`.
 */
export const E2E_EXTENSION = process.env.RL_EXTENSION_DIR
  ? resolve(process.env.RL_EXTENSION_DIR)
  : join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Host names of the fixtures: the real sites' domains, resolved to 127.0.0.1 inside Chromium only. */
export const HOSTS = {
  servicenow: 'acme.service-now.com',
  servicenowGov: 'acme.servicenowservices.com',
  jira: 'acme.atlassian.net',
  jiraDataCenter: 'jira.acme.test',
  /** Serves runbook packs for the subscription tests (tests/server/pack-server.ts). */
  packs: 'packs.acme.test',
} as const;

const RESOLVER_RULES = [
  '*.service-now.com',
  '*.servicenowservices.com',
  '*.atlassian.net',
  '*.jira.com',
  'jira.acme.test',
  'packs.acme.test',
]
  .map((host) => `MAP ${host} 127.0.0.1`)
  .join(', ');

/** Debian's Chromium with the built extension loaded, as the browser tests and the demo use it. */
export async function launchWithExtension(
  options: { headless?: boolean; args?: string[]; extension?: string; userDataDir?: string } = {},
): Promise<BrowserContext> {
  const extension = options.extension ?? EXTENSION;
  if (!existsSync(join(extension, 'manifest.json')))
    throw new Error(
      `No built extension at ${extension}: run ${extension === EXTENSION ? 'npm run build' : 'npm run build:e2e'}`,
    );
  // '' : a temporary profile that Playwright deletes on close (each launch left ~40 MB in /tmp before).
  // A test that needs profile preferences passes its own directory and removes it.
  return chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=${RESOLVER_RULES}`,
      '--ignore-certificate-errors',
      // This machine's network is closed: keep Chromium from calling home at start.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
}
