import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserPath } from './browsers';

/** The Firefox build (npm run build:firefox), installed as a temporary add-on as `web-ext run` does. */
export const FIREFOX_EXTENSION = join(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');
/** The gecko id in wxt.config.ts; its moz-extension:// UUID is fixed below so tests can open its pages. */
export const ADDON_ID = 'runbook-lens@runbooklens.app';
export const ADDON_UUID = '6f1b0c1e-9b4d-4c1a-8e2f-3a5d7c9e0b11';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

/**
 * Debian's Firefox ESR driven over WebDriver BiDi (Puppeteer; Playwright's Firefox needs its own patched
 * build, which cannot be downloaded here), with the Firefox build installed. Every host name resolves
 * to 127.0.0.1 (Firefox's counterpart of Chromium's --host-resolver-rules), so the manifest's real match
 * patterns are what is exercised.
 */
export async function launchFirefox(options: { headless?: boolean } = {}): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION}: run npm run build:firefox`);
  // No userDataDir: Puppeteer makes a fresh profile with the prefs below and deletes it on close.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1400, height: 900 },
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages (options, popup) only with this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      // The prompt a user answers when the options page asks for a custom host's permission: granted.
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Lets the tests read the clipboard back (navigator.clipboard.readText) without a paste prompt.
      'dom.events.testing.asyncClipboard': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  return browser;
}
