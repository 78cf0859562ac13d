import type { Plugin } from 'vite';
import { formatErrors, loadLibrary, RUNBOOK_DIR } from './runbook-files';
import { buildMatchIndex } from '../lib/matching/match';

const ID = 'virtual:runbooks';

/**
 * Compiles runbooks/*.yaml into the extension at build time: only validated JSON is bundled, and
 * an invalid runbook fails the build with its file, field path and reason.
 */
export function runbooksPlugin(dir = RUNBOOK_DIR): Plugin {
  return {
    name: 'runbooks',
    resolveId(id) {
      return id === ID ? '\0' + ID : undefined;
    },
    load(id) {
      if (id !== '\0' + ID) return undefined;
      const { reports, files } = loadLibrary(dir, { contentBar: false });
      for (const file of files) this.addWatchFile(`${dir}/${file}`);
      const errors = formatErrors(reports);
      if (errors) this.error(`invalid runbooks:\n${errors}`);
      const runbooks = reports.flatMap((r) => (r.runbook ? [r.runbook] : []));
      return [
        `export const runbooks = ${JSON.stringify(runbooks)};`,
        // On its own so that the background (pack checks) does not bundle the runbooks themselves.
        `export const runbookIds = ${JSON.stringify(runbooks.map((r) => r.id))};`,
        `export const matchIndex = ${JSON.stringify(buildMatchIndex(runbooks))};`,
      ].join('\n');
    },
  };
}
