import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
// Inside node_modules: git-ignored, and rebuilt at every server start so it never goes stale.
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'runbook-lens-fixtures');

/**
 * Page scripts written in TypeScript with npm dependencies (real ProseMirror for the Jira fixtures),
 * bundled once per process into one classic script each, as the real sites ship theirs.
 */
function bundle(name: string): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${name}.js`);
  buildSync({
    entryPoints: [join(ROOT, 'tests', 'fixtures', 'scripts', `${name}.src.ts`)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** URL path → bundled file. */
export function bundledScripts(): Record<string, string> {
  return { '/scripts/jira-editor.js': bundle('jira-editor') };
}
