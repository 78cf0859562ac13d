import { defineConfig } from 'wxt';

/** The browser tests' build (npm run build:e2e): the Data Center fixture host is granted up front. */
const E2E = process.env.RL_E2E === '1';
const SOURCEMAP = process.env.RL_SOURCEMAP === '1';
/**
 * The e2e build's `manifest.key` (public key only, base64 DER): it fixes the unpacked extension's id, so
 * tests/e2e/managed-policy.spec.ts can key an enterprise policy to it. Never in the release build: the
 * stores reject or strip `key`, and the store gives the id.
 */
const E2E_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6gmgBnQTw07FzjKmTzmPG3FX43ITKu3gOk6medqkUT+SDLlgvcImXqnj/LsErb8VwGidcMXs68jvumz+5THzrazYsvJm36iuamdfKLc2Cw/Hdh9D7f+grMup0h4Hv6dnztnm0jbQDMZgEdnAQjri7uaQLtG01tGgds76t/TtiPV4xtTdz7G6ssFfoVFC3P9ZUugm1orjAdZwkVXSrtdnPnUWqz0hkFp2mg8uyP+z7vVx9SIlgkELqtV4nwHKQUSLwlWLyUc30Y1LmIMg8YBiMhI9cdT//MJRnGc137VtU4F8/nEB5n0cfvRgATGC9UQ2Feyyf60EoOH47EJm1itHYQIDAQAB';
/** Every custom ServiceNow or Jira host the options page may add; each is asked for when added. */
const ANY_HTTPS = 'https://*/*';
/** Extension pages run only the extension's own scripts: no eval, no remote code. */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

// The verified facts behind these settings, with their sources: docs/build-facts.md.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // `npm run bench:bundle` builds with source maps (RL_SOURCEMAP=1), into a folder of its own so no map
  // reaches a release build or zip.
  vite: () => ({ build: { sourcemap: SOURCEMAP } }),
  // A separate folder, so `npm run build` (.output/chrome-mv3) never carries the test host permission.
  ...(E2E ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  ...(SOURCEMAP ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-sourcemap' } : {}),
  // Rolldown can emit Unicode non-characters that Chrome rejects as "not UTF-8" (wxt #2535).
  experimental: { escapeUnicode: true },
  hooks: {
    // The scripts injected into ticket pages (ticket.content in every frame, panel.content in the top one)
    // keep the browser's own `browser`/`chrome`: the calls they make return promises natively in Chrome MV3
    // and Firefox, and webextension-polyfill (9.7 kB) would count against their budgets (30 KB and 300 KB,
    // issues #6 and #20). The background and extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'ticket' || entrypoint.name === 'panel')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  zip: {
    // The sources zip (Firefox review) holds what rebuilds the extension, and nothing else: no tests,
    // fixtures or certificates, no build output, no local folders.
    includeSources: [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'adapters/**',
      'components/**',
      'services/**',
      'entrypoints/**',
      'lib/**',
      'modules/**',
      'public/**',
      'runbooks/**',
      'scripts/runbooks-vite-plugin.ts',
      'scripts/runbook-files.ts',
      'docs/**',
    ],
    excludeSources: ['**/*.test.ts', '**/*.test.tsx', '**/*.pem', '**/*.key', '**/*.crt', 'docs/screenshots/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Runbook Lens',
    description: 'Shows the right IT runbook beside ServiceNow and Jira Service Management tickets.',
    ...(E2E && browser !== 'firefox' ? { key: E2E_KEY } : {}),
    // scripting: content scripts on custom hosts; alarms: the scheduled refresh of pack URLs.
    permissions: ['storage', 'scripting', 'alarms'],
    ...(manifestVersion === 3
      ? {
          // Stated, not left to the browser default: no 'unsafe-eval' and no remote script in extension
          // pages (tests/e2e/extension-csp.spec.ts uses both pages under it and expects no violation).
          content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
          optional_host_permissions: [ANY_HTTPS],
          ...(E2E ? { host_permissions: ['https://jira.acme.test/*'] } : {}),
          // No web_accessible_resources: the panel's CSS is bundled into its script (panel.content), so
          // no site can probe for a file of ours to detect the extension.
        }
      : {
          // MV2 has no optional_host_permissions (WXT drops the key): hosts go in optional_permissions.
          optional_permissions: [ANY_HTTPS],
          content_security_policy: EXTENSION_PAGES_CSP,
        }),
    // Enterprise policy (Chrome, Edge); Firefox reads policies.json without a schema (docs/deployment.md).
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
    commands: {
      'toggle-panel': {
        // Alt+Shift+R is silently left unassigned by Chromium; Ctrl+Shift+Y is assigned.
        suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
        description: 'Show or hide the Runbook Lens panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'runbook-lens@runbooklens.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
