import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ROOT = join(import.meta.dirname, '..', '..');

type Records = Record<string, Record<string, Record<string, string>>>;
export const records = JSON.parse(readFileSync(join(FIXTURES, 'records.json'), 'utf8')) as Records;

export interface Route {
  /** File to serve, absolute. */
  file: string;
  /** Values for the %%placeholders%% of an HTML template. */
  values?: Record<string, string>;
}

/** Vendored page libraries, served as the real sites load their own copies. */
const SCRIPTS: Record<string, string> = {
  '/scripts/angular.min.js': join(ROOT, 'node_modules', 'angular', 'angular.min.js'),
};

function serviceNow(url: URL): Route | null {
  const path = url.pathname;
  if (path === '/nav_to.do') return { file: join(FIXTURES, 'servicenow', 'nav-to-frame.html') };
  if (/^\/[a-z0-9_]+_list\.do$/.test(path)) return { file: join(FIXTURES, 'servicenow', 'incident-list.html') };
  const form = /^\/([a-z0-9_]+)\.do$/.exec(path);
  if (form) {
    const record = records.servicenow?.[url.searchParams.get('sys_id') ?? ''];
    if (!record) return null;
    return {
      file: join(FIXTURES, 'servicenow', 'classic-form.html'),
      values: { ...record, table: form[1]!, sys_id: url.searchParams.get('sys_id')! },
    };
  }
  return null;
}

export function route(host: string, url: URL): Route | null {
  const script = SCRIPTS[url.pathname];
  if (script) return { file: script };
  if (url.pathname.startsWith('/scripts/')) return { file: join(FIXTURES, 'scripts', url.pathname.slice(9)) };
  if (host.endsWith('.service-now.com')) return serviceNow(url);
  return null;
}
