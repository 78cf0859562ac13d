import type { HOSTS } from './launch-chromium';

/** Fixture pages measured by `npm run bench:pages` (main-thread time of our scripts). */
export const BENCH_PAGES: { name: string; host: keyof typeof HOSTS; path: string; expectPanel: boolean }[] = [
  {
    name: 'ServiceNow classic form',
    host: 'servicenow',
    path: '/incident.do?sys_id=9d385017c611228701d22104cc95c371',
    expectPanel: true,
  },
  {
    name: 'ServiceNow nav_to.do + gsft_main',
    host: 'servicenow',
    path: `/nav_to.do?uri=${encodeURIComponent('/incident.do?sys_id=57af7aec73d423002728660c4cf6a71c')}`,
    expectPanel: true,
  },
  { name: 'ServiceNow list (no ticket)', host: 'servicenow', path: '/incident_list.do', expectPanel: false },
  { name: 'Jira Cloud issue view', host: 'jira', path: '/browse/ITSD-101', expectPanel: true },
  {
    name: 'JSM queue with issue',
    host: 'jira',
    path: '/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102',
    expectPanel: true,
  },
  {
    name: 'Jira board + modal',
    host: 'jira',
    path: '/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103',
    expectPanel: true,
  },
  { name: 'JSM customer portal', host: 'jira', path: '/servicedesk/customer/portal/2/ITSD-101', expectPanel: true },
];
