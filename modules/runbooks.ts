import { resolve } from 'node:path';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { runbooksPlugin } from '../scripts/runbooks-vite-plugin';

/** Bundles the validated runbook library as `virtual:runbooks` (see scripts/runbooks-vite-plugin.ts). */
export default defineWxtModule({
  name: 'runbooks',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [runbooksPlugin(resolve(wxt.config.root, 'runbooks'))] }));
    wxt.hook('prepare:types', (_, entries) => {
      entries.push({
        path: 'types/runbooks.d.ts',
        tsReference: true,
        text: [
          "declare module 'virtual:runbooks' {",
          "  export const runbooks: import('../../lib/runbooks/runbook-schema').Runbook[];",
          '  export const runbookIds: string[];',
          "  export const matchIndex: import('../../lib/matching/match').MatchIndex;",
          '}',
        ].join('\n'),
      });
    });
  },
});
