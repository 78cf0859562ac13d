// `npm run bench:bundle`: what the scripts injected into ticket pages are made of. Builds the Chrome
// extension with source maps into .output/chrome-mv3-sourcemap (never the release folder), then prints,
// for content-scripts/panel.js (top frame, limit 300 KB) and ticket.js (every frame, limit 30 KB), the
// bytes each package or folder of ours takes. Sizes are of the script without its source-map comment,
// as the release build ships it.
import './closed-pipe';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesBySource } from './bundle-sources';

const OUT = join(import.meta.dirname, '..', '.output', 'chrome-mv3-sourcemap', 'content-scripts');
const SHOWN = 500;

execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, RL_SOURCEMAP: '1' }, stdio: 'ignore' });

const kb = (bytes: number): string => (bytes / 1000).toFixed(1).padStart(7);
for (const [name, limit] of [
  ['panel.js', 300_000],
  ['ticket.js', 30_000],
] as const) {
  const code = readFileSync(join(OUT, name), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  const map = JSON.parse(readFileSync(join(OUT, `${name}.map`), 'utf8')) as { sources: string[]; mappings: string };
  const rows = bytesBySource(code, map);
  const total = Buffer.byteLength(code);
  console.log(`${name}: ${kb(total).trim()} kB of ${limit / 1000} kB`);
  let rest = 0;
  for (const [group, bytes] of rows) {
    if (bytes < SHOWN) rest += bytes;
    else console.log(`${kb(bytes)} kB ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${group}`);
  }
  if (rest) console.log(`${kb(rest)} kB ${((100 * rest) / total).toFixed(1).padStart(5)} %  (smaller pieces)`);
  console.log('');
}
