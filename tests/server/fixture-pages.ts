import { BENCH_PAGES } from './bench-pages';
import { HOSTS } from './launch-chromium';
import { records } from './routes';

// Every fixture page in one list, for the tests that must visit them all (privacy.spec.ts): the bench
// pages, the ServiceNow variants (servicenow-variants.spec.ts) and the Jira pages (jira.spec.ts).

export interface FixturePage {
  name: string;
  /** Host name as Chromium sees it (resolved to the fixture server). */
  host: string;
  path: string;
  /** Whether a ticket is on the page (the panel shows). */
  expectPanel: boolean;
}

const polaris = (target: string): string => `/now/nav/ui/classic/params/target/${encodeURIComponent(target)}`;

const SERVICENOW_VARIANTS: FixturePage[] = [
  ['ServiceNow Polaris shell', polaris('incident.do?sys_id=fc45c61e714e2cfa314097ebffea0cb8')],
  ['ServiceNow Service Operations Workspace', '/now/sow/record/incident/f38aaed7caa224cabe861bb2f4e64d47'],
  ['ServiceNow Agent Workspace', '/now/workspace/agent/record/incident/c8d8759230a624278ea3aa5e69fcccc6'],
  ['ServiceNow Service Portal', '/sp?id=ticket&table=incident&sys_id=e1106bb6c069058aa7efa0b80ca86129'],
  ['ServiceNow Employee Center', '/esc?id=ticket&table=incident&sys_id=e44bdfeb23b22e06837016c757867cf6'],
  ['ServiceNow read-only form', '/incident.do?sys_id=2cebd60817d388936707beda2b1fcf10'],
  ['ServiceNow requested item', '/sc_req_item.do?sys_id=d9b8639d010eac57def5600b361126b6'],
  ['ServiceNow catalog task', '/sc_task.do?sys_id=a9e30c7dc61122760116894de7bcc7bd'],
  ['ServiceNow problem', '/problem.do?sys_id=92cff0e1783c36bbe532c1f4c1b0e8ad'],
  ['ServiceNow change', '/change_request.do?sys_id=1bb64a0b8ab930cea6035053a62f5918'],
  ['ServiceNow CSM case', '/sn_customerservice_case.do?sys_id=9daf44b4ef6a643741f4e1f615d02355'],
  ['ServiceNow HR case', '/sn_hr_core_case.do?sys_id=7a31173f891f82fb5600707387c5b4c1'],
].map(([name, path]) => ({ name: name!, host: HOSTS.servicenow, path: path!, expectPanel: true }));

const OTHER_PAGES: FixturePage[] = [
  { name: 'ServiceNow SOW home (no record)', host: HOSTS.servicenow, path: '/now/sow/home', expectPanel: false },
  {
    name: 'ServiceNow on servicenowservices.com',
    host: HOSTS.servicenowGov,
    path: '/incident.do?sys_id=45e81ae8e2b48f97c3462c8510555605',
    expectPanel: true,
  },
  {
    name: 'JSM queue (projects/…/queues/issue)',
    host: HOSTS.jira,
    path: '/projects/ITSD/queues/issue/ITSD-102',
    expectPanel: true,
  },
  { name: 'JSM portal request', host: HOSTS.jira, path: '/servicedesk/customer/portal/2/ITSD-104', expectPanel: true },
  { name: 'Jira Data Center (*.jira.com)', host: 'acme.jira.com', path: '/browse/HELP-7', expectPanel: true },
  {
    name: 'Jira Data Center (custom host, e2e build)',
    host: HOSTS.jiraDataCenter,
    path: '/browse/HELP-8',
    expectPanel: false,
  },
];

/** Broken and hostile pages (tests/server/broken-routes.ts; the late form shows after 5 s). */
const BROKEN_PAGES: FixturePage[] = [
  ...(['missing', 'renamed', 'duplicated', 'readonly', 'late', 'overrides', 'strict-csp', 'throws'] as const).map(
    (broken) => ({
      name: `ServiceNow broken: ${broken}`,
      host: HOSTS.servicenow,
      path: `/incident.do?broken=${broken}`,
      expectPanel: !['missing', 'renamed'].includes(broken),
    }),
  ),
  ...(['missing', 'renamed', 'duplicated', 'readonly'] as const).map((broken) => ({
    name: `Jira broken: ${broken}`,
    host: HOSTS.jira,
    path: `/browse/ITSD-901?broken=${broken}`,
    expectPanel: !['missing', 'renamed'].includes(broken),
  })),
];

export const FIXTURE_PAGES: FixturePage[] = [
  ...BENCH_PAGES.map((p) => ({ name: p.name, host: HOSTS[p.host], path: p.path, expectPanel: p.expectPanel })),
  ...SERVICENOW_VARIANTS,
  ...OTHER_PAGES,
  ...BROKEN_PAGES,
];

/** Every ticket's text the fixtures show: none of it may ever leave the browser. */
export const FIXTURE_TICKET_TEXTS: string[] = [
  ...Object.values(records.servicenow ?? {}).flatMap((r) => [r.short_description ?? '', r.description ?? '']),
  ...Object.values(records.jira ?? {}).flatMap((r) => [r.summary ?? '', r.description ?? '']),
].filter((t) => t.length > 0);
