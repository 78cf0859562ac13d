import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { runbooksPlugin } from './scripts/runbooks-vite-plugin';

export default defineConfig({
  // WxtVitest adds no WXT-module plugins: the runbooks plugin is added by hand (docs/build-facts.md#unit-tests).
  plugins: [WxtVitest(), runbooksPlugin()],
  define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  test: {
    include: [
      'lib/**/*.test.ts',
      'adapters/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'services/**/*.test.ts',
      'tests/library/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
  },
});
