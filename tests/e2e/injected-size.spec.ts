import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_EXTENSION } from '../server/launch-chromium';

// Issues #6 and #20: what runs on ticket sites stays small (npm run bench:first-screen prints the sizes).
const script = (name: string): string => readFileSync(join(E2E_EXTENSION, 'content-scripts', name), 'utf8');
// Strings each would bring along: the polyfill's own error text, React's, Zod's and yaml's error classes,
// a runbook's body, Fuse.js's name for its extended search.
const POLYFILL = 'This script should only be loaded in a browser extension';
const REACT = 'react.transitional.element';
const ZOD = '$ZodError';
const YAML = 'YAMLParseError';
const RUNBOOK_BODY = 'recovery key';
// XState's start event; a word of the ticket normaliser's translation table.
const XSTATE = 'xstate.init';
const NORMALISER = 'passwort';

test('the per-frame reader, as built, is at most 30 KB minified', () => {
  expect(Buffer.byteLength(script('ticket.js'))).toBeLessThanOrEqual(30_000);
});

test('the per-frame reader carries neither React, the runbooks nor webextension-polyfill', () => {
  const code = script('ticket.js');
  for (const marker of [POLYFILL, REACT, RUNBOOK_BODY]) expect(code).not.toContain(marker);
});

test('the top-frame panel script is at most 300 KB minified: React and the UI, no library', () => {
  // Issue #20. React DOM alone is 207 KB of it (npm run bench:bundle prints what each package takes).
  expect(Buffer.byteLength(script('panel.js'))).toBeLessThanOrEqual(300_000);
});

test('the panel script carries no runbooks, no matcher, no pack checks: the background holds them', () => {
  const code = script('panel.js');
  expect(code).toContain(REACT);
  for (const marker of [POLYFILL, ZOD, YAML, RUNBOOK_BODY, 'useExtendedSearch']) expect(code).not.toContain(marker);
});

test('the panel script carries no XState and no ticket normaliser: the background steps the tree and sends the terms', () => {
  const code = script('panel.js');
  for (const marker of [XSTATE, NORMALISER]) expect(code).not.toContain(marker);
});
