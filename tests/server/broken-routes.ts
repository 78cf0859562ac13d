import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from './routes';

// Broken and hostile host pages (tests/fixtures/broken/, tests/e2e/broken-pages.spec.ts), served where
// the real pages would be: `/incident.do?broken=<name>` on ServiceNow, `/browse/ITSD-901?broken=<name>`
// on Jira Cloud, plus their scripts and styles under /broken/.

const BROKEN = join(import.meta.dirname, '..', 'fixtures', 'broken');

/** What the strict-CSP fixture is served with: no inline script or style, same-origin only. */
export const STRICT_CSP = "default-src 'self'; style-src 'self'";

export function brokenRoute(host: string, url: URL): Route | null {
  const asset = /^\/broken\/([a-z-]+\.(?:js|css))$/.exec(url.pathname)?.[1];
  if (asset) return { file: join(BROKEN, asset) };
  const name = url.searchParams.get('broken');
  if (!name || !/^[a-z-]+$/.test(name)) return null;
  const prefix =
    host.endsWith('.service-now.com') && url.pathname === '/incident.do'
      ? 'sn'
      : host.endsWith('.atlassian.net') && url.pathname === '/browse/ITSD-901'
        ? 'jira'
        : null;
  const file = prefix && join(BROKEN, `${prefix}-${name}.html`);
  if (!file || !existsSync(file)) return null;
  return { file, ...(name === 'strict-csp' ? { headers: { 'content-security-policy': STRICT_CSP } } : {}) };
}
