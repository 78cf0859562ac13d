// URL predicates for Jira pages (docs/site-structures.md#jira-hosts-and-urls). Each rejects the others' URLs
// (variants.test.ts). `/browse/KEY` is the one shape two products share: Cloud's full-page issue and
// Data Center's issue view; only the document tells them apart, so those two take the document too.
import { cloudMarkers, dataCenter } from './selectors';

const KEY = '([A-Z][A-Z0-9_]*-[1-9][0-9]*)';
const BROWSE = new RegExp(`^((?:/[^/]+)*)/browse/${KEY}/?$`);
const AGENT_QUEUE = [
  new RegExp(`^/jira/servicedesk/projects/[A-Z][A-Z0-9_]*/queues/custom/[0-9]+/${KEY}/?$`),
  new RegExp(`^/jira/servicedesk/projects/[A-Z][A-Z0-9_]*/queues/issue/${KEY}/?$`),
  new RegExp(`^/projects/[A-Z][A-Z0-9_]*/queues/issue/${KEY}/?$`),
];
const PORTAL = new RegExp(`^(?:/[^/]+)*/servicedesk/customer/portal/[0-9]+/${KEY}/?$`);
const SELECTED = new RegExp(`^${KEY}$`);

/** `/browse/KEY`, with the context path Data Center may add (`/jira/browse/KEY`); Cloud has none. */
function browseMatch(url: URL): { contextPath: string; key: string } | null {
  const m = BROWSE.exec(url.pathname);
  return m ? { contextPath: m[1]!, key: m[2]! } : null;
}

/** Data Center renders its JSP markers and never Cloud's SPA root (which may also say "jira" in meta). */
export function isDataCenterDocument(doc: Document): boolean {
  return dataCenter.markers.some((s) => doc.querySelector(s)) && !cloudMarkers.some((s) => doc.querySelector(s));
}

/** Cloud full-page issue view: `https://acme.atlassian.net/browse/ITSD-1`. */
export function isCloudIssue(url: URL, doc: Document): boolean {
  const m = browseMatch(url);
  return m !== null && m.contextPath === '' && !isDataCenterDocument(doc);
}

/** Data Center / Server issue view (JSM DC agents open issues here too): `/browse/HELP-7`, `/jira/browse/HELP-7`. */
export function isDataCenterIssue(url: URL, doc: Document): boolean {
  return browseMatch(url) !== null && isDataCenterDocument(doc);
}

/** JSM Cloud agent view with an issue open beside its queue. */
export function isAgentQueueIssue(url: URL): boolean {
  return AGENT_QUEUE.some((re) => re.test(url.pathname));
}

/**
 * The requester's view in the customer portal: read only, comments there are public
 * (docs/site-structures.md#jsm-customer-portal).
 */
export function isPortalRequest(url: URL): boolean {
  return PORTAL.test(url.pathname);
}

/**
 * An issue opened over a board, list or search: `…?selectedIssue=KEY` on any other page
 * (docs/site-structures.md#jira-cloud-issue-beside-a-board).
 */
export function isSelectedIssue(url: URL): boolean {
  return (
    SELECTED.test(url.searchParams.get('selectedIssue') ?? '') &&
    browseMatch(url) === null &&
    !isAgentQueueIssue(url) &&
    !isPortalRequest(url)
  );
}

/** Cheap test before any DOM work: could this URL show a Jira issue at all? */
export function mayShowIssue(url: URL): boolean {
  return browseMatch(url) !== null || isAgentQueueIssue(url) || isPortalRequest(url) || isSelectedIssue(url);
}

/** The issue key the URL names; the reader only trusts an issue view that shows this key. */
export function issueKeyOf(url: URL): string | null {
  const browse = browseMatch(url);
  if (browse) return browse.key;
  if (isSelectedIssue(url)) return url.searchParams.get('selectedIssue');
  const last = url.pathname.replace(/\/$/, '').split('/').pop() ?? '';
  return (isAgentQueueIssue(url) || isPortalRequest(url)) && SELECTED.test(last) ? last : null;
}

// Test URLs (variants.test.ts):
// https://acme.atlassian.net/browse/ITSD-101
// https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102
// https://acme.atlassian.net/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103
// https://acme.atlassian.net/servicedesk/customer/portal/2/ITSD-101
// https://jira.acme.test/browse/HELP-7
