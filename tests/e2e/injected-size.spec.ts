import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_EXTENSION } from '../server/launch-chromium';

// Issue #6: what runs in every frame of a ticket site stays small (npm run bench prints the sizes).
const ticketScript = (): string => readFileSync(join(E2E_EXTENSION, 'content-scripts', 'ticket.js'), 'utf8');

test('the per-frame reader, as built, is at most 30 KB minified', () => {
  expect(Buffer.byteLength(ticketScript())).toBeLessThanOrEqual(30_000);
});

test('the per-frame reader carries neither React, the runbooks nor webextension-polyfill', () => {
  const code = ticketScript();
  // Strings each of those would bring along (the polyfill's own error text, React's, a runbook id).
  expect(code).not.toContain('This script should only be loaded in a browser extension');
  expect(code).not.toContain('react.transitional.element');
  expect(code).not.toContain('outlook-not-syncing-mail');
});
