// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  isAgentQueueIssue,
  isCloudIssue,
  isDataCenterIssue,
  isPortalRequest,
  isSelectedIssue,
  issueKeyOf,
  mayShowIssue,
} from './variants';

function page(build: (doc: Document) => void): Document {
  const doc = document.implementation.createHTMLDocument('');
  build(doc);
  return doc;
}
const cloudDoc = page((d) => d.body.append(Object.assign(d.createElement('div'), { id: 'jira-frontend' })));
const dcDoc = page((d) => (d.body.id = 'jira'));
const dcMetaDoc = page((d) => {
  const meta = d.createElement('meta');
  meta.name = 'application-name';
  meta.dataset.name = 'jira';
  d.head.append(meta);
});
// Cloud pages may carry Jira's application meta too: the SPA root decides.
const cloudWithMetaDoc = page((d) => {
  d.head.append(Object.assign(d.createElement('meta'), { name: 'ajs-issue-key', content: 'ITSD-1' }));
  d.body.append(Object.assign(d.createElement('div'), { id: 'jira-frontend' }));
});

type Predicate = (url: URL, doc: Document) => boolean;
const VARIANTS: Record<string, { predicate: Predicate; urls: [string, Document][]; key: string }> = {
  cloudIssue: {
    predicate: isCloudIssue,
    urls: [
      ['https://acme.atlassian.net/browse/ITSD-101', cloudDoc],
      ['https://acme.atlassian.net/browse/ITSD-101/', cloudWithMetaDoc],
      ['https://issues.acme.com/browse/ITSD-101?focusedCommentId=1', cloudDoc],
    ],
    key: 'ITSD-101',
  },
  agentQueue: {
    predicate: isAgentQueueIssue,
    urls: [
      ['https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102', cloudDoc],
      ['https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/issue/ITSD-102', cloudDoc],
      ['https://acme.atlassian.net/projects/ITSD/queues/issue/ITSD-102', cloudDoc],
    ],
    key: 'ITSD-102',
  },
  selectedIssue: {
    predicate: isSelectedIssue,
    urls: [
      ['https://acme.atlassian.net/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103', cloudDoc],
      ['https://acme.atlassian.net/jira/software/c/projects/OPS/list?selectedIssue=ITSD-103', cloudDoc],
      ['https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1?selectedIssue=ITSD-103', cloudDoc],
    ],
    key: 'ITSD-103',
  },
  portal: {
    predicate: isPortalRequest,
    urls: [
      ['https://acme.atlassian.net/servicedesk/customer/portal/2/ITSD-104', cloudDoc],
      ['https://support.acme.com/servicedesk/customer/portal/12/ITSD-104', cloudDoc],
      ['https://jira.acme.test/jira/servicedesk/customer/portal/1/ITSD-104', dcDoc],
    ],
    key: 'ITSD-104',
  },
  dataCenter: {
    predicate: isDataCenterIssue,
    urls: [
      ['https://jira.acme.test/browse/HELP-7', dcDoc],
      ['https://jira.acme.test/jira/browse/HELP-7', dcMetaDoc],
      ['https://acme.jira.com/browse/HELP-7', dcDoc],
    ],
    key: 'HELP-7',
  },
};

describe.each(Object.entries(VARIANTS))('%s', (name, { predicate, urls, key }) => {
  it.each(urls)('accepts %s and reads its key', (href, doc) => {
    const url = new URL(href);
    expect(predicate(url, doc)).toBe(true);
    expect(mayShowIssue(url)).toBe(true);
    expect(issueKeyOf(url)).toBe(key);
  });

  const others = Object.entries(VARIANTS).filter(([other]) => other !== name);
  it.each(others.flatMap(([, v]) => v.urls))("rejects the other variants' %s", (href, doc) => {
    expect(predicate(new URL(href), doc)).toBe(false);
  });
});

describe('pages that never show one issue', () => {
  it.each([
    'https://acme.atlassian.net/jira/servicedesk/projects/ITSD/queues/custom/1',
    'https://acme.atlassian.net/jira/software/c/projects/OPS/boards/3',
    'https://acme.atlassian.net/jira/your-work',
    'https://acme.atlassian.net/browse/ITSD',
    'https://acme.atlassian.net/browse/itsd-1',
    'https://acme.atlassian.net/browse/ITSD-0',
    'https://acme.atlassian.net/jira/software/c/projects/OPS/boards/3?selectedIssue=bogus',
    'https://acme.atlassian.net/servicedesk/customer/portal/2',
    'https://acme.atlassian.net/servicedesk/customer/user/requests',
  ])('%s', (href) => {
    const url = new URL(href);
    expect(mayShowIssue(url)).toBe(false);
    expect(issueKeyOf(url)).toBeNull();
    for (const { predicate } of Object.values(VARIANTS)) {
      expect(predicate(url, cloudDoc)).toBe(false);
      expect(predicate(url, dcDoc)).toBe(false);
    }
  });
});
