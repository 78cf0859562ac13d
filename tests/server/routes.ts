import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenRoute } from './broken-routes';
import { bundledScripts } from './fixture-scripts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ROOT = join(import.meta.dirname, '..', '..');

type Records = Record<string, Record<string, Record<string, string>>>;
export const records = JSON.parse(readFileSync(join(FIXTURES, 'records.json'), 'utf8')) as Records;

export interface Route {
  /** File to serve, absolute. */
  file: string;
  /** Values for the %%placeholders%% of an HTML template. */
  values?: Record<string, string>;
  /** Extra response headers (the strict-CSP fixture). */
  headers?: Record<string, string>;
}

/** Vendored page libraries, served as the real sites load their own copies. */
const SCRIPTS: Record<string, string> = {
  '/scripts/angular.min.js': join(ROOT, 'node_modules', 'angular', 'angular.min.js'),
  // Bundled at server start (real ProseMirror for the Jira Cloud comment editor).
  ...bundledScripts(),
};

function serviceNow(url: URL): Route | null {
  const path = url.pathname;
  if (path === '/nav_to.do') return { file: join(FIXTURES, 'servicenow', 'nav-to-frame.html') };
  if (/^\/[a-z0-9_]+_list\.do$/.test(path)) return { file: join(FIXTURES, 'servicenow', 'incident-list.html') };
  const form = /^\/([a-z0-9_]+)\.do$/.exec(path);
  if (form) {
    const record = records.servicenow?.[url.searchParams.get('sys_id') ?? ''];
    if (!record) return null;
    // Closed records render server-side read-only (sys_readonly.<table>.<field>).
    const file = record.form === 'readonly' ? 'classic-readonly.html' : 'classic-form.html';
    return {
      file: join(FIXTURES, 'servicenow', file),
      values: { ...record, table: form[1]!, sys_id: url.searchParams.get('sys_id')! },
    };
  }
  // Next Experience single-page apps: each fixture routes its own URLs (records passed as JSON).
  const spa: [RegExp, string][] = [
    [/^\/now\/nav\/ui\//, 'polaris-shell.html'],
    [/^\/now\/sow\//, 'sow-record.html'],
    [/^\/now\/workspace\/agent\//, 'agent-workspace-record.html'],
    [/^\/(sp|esc)\/?$/, 'portal-ticket.html'],
  ];
  const page = spa.find(([pattern]) => pattern.test(path))?.[1];
  const values = { records: JSON.stringify(records.servicenow) };
  return page ? { file: join(FIXTURES, 'servicenow', page), values } : null;
}

const JIRA_KEY = '([A-Z][A-Z0-9_]*-[0-9]+)';
const JIRA_CLOUD_PAGES: [RegExp, string][] = [
  [new RegExp(`^/browse/${JIRA_KEY}$`), 'cloud-issue.html'],
  [new RegExp(`^/jira/servicedesk/projects/[A-Z0-9_]+/queues/custom/[0-9]+/${JIRA_KEY}$`), 'jsm-queue-issue.html'],
  [new RegExp(`^/projects/[A-Z0-9_]+/queues/issue/${JIRA_KEY}$`), 'jsm-queue-issue.html'],
  [new RegExp(`^/servicedesk/customer/portal/[0-9]+/${JIRA_KEY}$`), 'portal-request.html'],
];

/** A Jira issue page: the record plus every issue as JSON, for the SPA fixtures' own navigation. */
function jiraPage(file: string, key: string, extra: Record<string, string> = {}): Route | null {
  const issues = records.jira ?? {};
  const record = issues[key];
  if (!record) return null;
  return {
    file: join(FIXTURES, 'jira', file),
    values: { ...record, key, issues: JSON.stringify(issues), ...extra },
  };
}

function jiraCloud(url: URL): Route | null {
  for (const [pattern, file] of JIRA_CLOUD_PAGES) {
    const key = pattern.exec(url.pathname)?.[1];
    if (key) return jiraPage(file, key);
  }
  // Any other page with ?selectedIssue=: the board fixture, whose side panel keeps another issue open.
  const selected = url.searchParams.get('selectedIssue');
  if (!selected) return null;
  const otherKey = selected === 'ITSD-105' ? 'ITSD-104' : 'ITSD-105';
  const other = records.jira?.[otherKey] ?? {};
  return jiraPage('board-modal.html', selected, {
    otherKey,
    otherSummary: other.summary ?? '',
    otherDescription: other.description ?? '',
    otherReporter: other.reporter ?? '',
  });
}

/** Data Center on any host, maybe under a context path (/jira/browse/KEY). */
function jiraDataCenter(url: URL): Route | null {
  const key = new RegExp(`^(?:/[^/]+)*/browse/${JIRA_KEY}$`).exec(url.pathname)?.[1];
  return key ? jiraPage('datacenter-issue.html', key) : null;
}

export function route(host: string, url: URL): Route | null {
  const script = SCRIPTS[url.pathname];
  if (script) return { file: script };
  if (url.pathname.startsWith('/scripts/')) return { file: join(FIXTURES, 'scripts', url.pathname.slice(9)) };
  const broken = brokenRoute(host, url);
  if (broken) return broken;
  if (host.endsWith('.service-now.com') || host.endsWith('.servicenowservices.com')) return serviceNow(url);
  if (host.endsWith('.atlassian.net')) return jiraCloud(url);
  if (host === 'jira.acme.test') return jiraDataCenter(url);
  // Legacy *.jira.com is Cloud in reality; the browser tests serve Data Center here too, on a host the
  // manifest already matches, so they need no custom host (jira.acme.test, added in options.spec.ts).
  if (host.endsWith('.jira.com')) return jiraDataCenter(url);
  return null;
}
