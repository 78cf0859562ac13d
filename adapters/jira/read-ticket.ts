import { MAX_CONTEXT_CHARS, MAX_DESCRIPTION_CHARS, type Ticket } from '../../lib/tickets/ticket';
import { cloud, cloudComment, dataCenter, portal } from './selectors';
import {
  isAgentQueueIssue,
  isCloudIssue,
  isDataCenterIssue,
  isPortalRequest,
  isSelectedIssue,
  issueKeyOf,
} from './variants';

const KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;

/** The first alternative that matches wins (a wrapper never shadows the more precise selector before it). */
export function firstOf(root: ParentNode, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every match of any alternative, in document order. */

export const allOf = (root: ParentNode, alternatives: readonly string[]): Element[] =>
  Array.from(root.querySelectorAll(alternatives.join(', ')));

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A textarea's or input's live value (inline edits), any other element's text. */
const valueOf = (element: Element): string =>
  element.tagName === 'TEXTAREA' || element.tagName === 'INPUT'
    ? clean((element as HTMLInputElement).value)
    : clean(element.textContent);

const SUMMARY = [...cloud.summary, ...cloud.summaryEditing];

/** One issue view on screen: its summary element, the largest subtree holding no other view, its key. */
export interface IssueView {
  root: Element;
  summary: Element;
  key: string | null;
}

function keyIn(root: Element): string | null {
  const link = firstOf(root, cloud.currentIssue);
  if (!link) return null;
  const text = clean(link.querySelector('span')?.textContent ?? link.textContent);
  if (KEY.test(text)) return text;
  const fromHref = /\/browse\/([^/?#]+)/.exec(link.getAttribute('href') ?? '')?.[1] ?? '';
  return KEY.test(fromHref) ? fromHref : null;
}

/**
 * Every Cloud issue view in the document. A board can keep a side panel open under a modal
 * (docs/site-structures.md#jira-cloud-issue-beside-a-board), and
 * during SPA navigation the old view lingers: each view is grown from its summary up to just below the
 * first ancestor that also holds another view, so its key, description and comment box are its own.
 */
export function issueViews(doc: Document): IssueView[] {
  return allOf(doc, SUMMARY).map((summary) => {
    let root = summary;
    while (root.parentElement && allOf(root.parentElement, SUMMARY).length === 1) root = root.parentElement;
    return { root, summary, key: keyIn(root) };
  });
}

/** The view that shows the URL's issue; a lone view without a breadcrumb is trusted (SSR placeholder). */
export function viewFor(doc: Document, key: string): IssueView | null {
  const views = issueViews(doc);
  const match = views.find((view) => view.key === key);
  if (match) return match;
  if (views.length === 1 && views[0]!.key === null) return views[0]!;
  // One issue whose summary is rendered twice (a sticky header repeats it): no view names a key of its
  // own, and the page's breadcrumb, if any, names this issue. Read the first visible heading.
  const pageKey = keyIn(doc.documentElement);
  if (views.length > 1 && views.every((view) => view.key === null) && (pageKey === null || pageKey === key))
    return views.find((view) => view.summary.getClientRects().length > 0) ?? views[0]!;
  return null;
}

/** The reporter's name where the view shows one ("Unassigned"-like placeholders are the page's own text). */
function reporterIn(root: ParentNode, alternatives: readonly string[]): Pick<Ticket, 'callerName'> {
  const element = firstOf(root, alternatives);
  const name = element ? valueOf(element).slice(0, MAX_CONTEXT_CHARS) : '';
  return name ? { callerName: name } : {};
}

function readCloud(doc: Document, key: string): Ticket | null {
  const view = viewFor(doc, key);
  if (!view) return null;
  const summary = valueOf(view.summary);
  if (!summary) return null;
  const description = firstOf(view.root, cloud.description);
  return {
    site: 'jira',
    key,
    summary,
    description: description ? valueOf(description).slice(0, MAX_DESCRIPTION_CHARS) : '',
    ...reporterIn(view.root, cloud.reporter),
    noteTarget: firstOf(view.root, cloudComment.box) ? 'internal-note' : null,
  };
}

function readDataCenter(doc: Document, urlKey: string): Ticket | null {
  const keyElement = firstOf(doc, dataCenter.key);
  const domKey =
    keyElement?.getAttribute('data-issue-key') ||
    clean(keyElement?.textContent) ||
    doc.querySelector(dataCenter.keyMeta)?.getAttribute('content') ||
    '';
  // After an AJAX swap the header may still show the previous issue for a moment.
  if (domKey && domKey !== urlKey) return null;
  const heading = firstOf(doc, dataCenter.summaryEditing) ?? firstOf(doc, dataCenter.summary);
  const summary = heading ? valueOf(heading) : '';
  if (!summary) return null;
  const description = firstOf(doc, dataCenter.description);
  const canComment = firstOf(doc, [...dataCenter.comment, ...dataCenter.commentOpeners]) !== null;
  return {
    site: 'jira',
    key: urlKey,
    summary,
    description: description ? valueOf(description).slice(0, MAX_DESCRIPTION_CHARS) : '',
    ...reporterIn(doc, dataCenter.reporter),
    noteTarget: canComment ? 'internal-note' : null,
  };
}

/** The requester's view: read so the agent sees the runbook, never written to (comments there are public). */
function readPortal(doc: Document, key: string): Ticket | null {
  const heading = firstOf(doc, portal.summary);
  const summary = heading ? valueOf(heading) : '';
  return summary ? { site: 'jira', key, summary, description: '', noteTarget: null } : null;
}

export function readJiraTicket(doc: Document, url: URL): Ticket | null {
  const key = issueKeyOf(url);
  if (!key) return null;
  if (isPortalRequest(url)) return readPortal(doc, key);
  if (isDataCenterIssue(url, doc)) return readDataCenter(doc, key);
  if (isCloudIssue(url, doc) || isAgentQueueIssue(url) || isSelectedIssue(url)) return readCloud(doc, key);
  return null;
}
