import { defineConfig } from '@playwright/test';

// The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: see fixtures.ts.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/firefox',
});
