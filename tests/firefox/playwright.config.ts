import { defineConfig } from '@playwright/test';
import browserTests from '../e2e/playwright.config';

// The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: see fixtures.ts. The Chromium suite's
// settings, with more time per test (Firefox starts slower) and results of its own.
export default defineConfig({
  ...browserTests,
  globalSetup: './global-setup.ts',
  timeout: 90_000,
  outputDir: '../../test-results/firefox',
});
