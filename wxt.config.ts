import { defineConfig } from 'wxt';

// See ../shared/notes/wxt.md for the verified facts behind these settings.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Rolldown can emit Unicode non-characters that Chrome rejects as "not UTF-8" (wxt #2535).
  experimental: { escapeUnicode: true },
  manifest: ({ browser }) => ({
    name: 'Runbook Lens',
    description: 'Shows the right IT runbook beside ServiceNow and Jira Service Management tickets.',
    permissions: ['storage'],
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
