import type { SiteAdapter } from '../site-adapter';
import { insertCloudNote, insertDataCenterNote } from './insert-note';
import { readJiraTicket } from './read-ticket';
import { isDataCenterIssue, isPortalRequest, issueKeyOf, mayShowIssue } from './variants';

export const jira: SiteAdapter = {
  site: 'jira',
  mayHaveTicket: (url) => mayShowIssue(url),
  readTicket: (doc, url) => readJiraTicket(doc, url),
  insertNote: (doc, url, note) => {
    const key = issueKeyOf(url);
    if (!key) return { ok: false, reason: 'This page shows no issue.' };
    // The portal is the requester's view: anything written there is a public reply.
    if (isPortalRequest(url))
      return { ok: false, reason: 'This is the customer portal: notes here go to the customer.' };
    return isDataCenterIssue(url, doc) ? insertDataCenterNote(doc, note) : insertCloudNote(doc, key, note);
  },
};

// Test URLs: https://acme.atlassian.net/browse/ITSD-101 · …/jira/servicedesk/projects/ITSD/queues/custom/1/ITSD-102
// · …/jira/servicedesk/projects/ITSD/boards/1?selectedIssue=ITSD-103 · …/servicedesk/customer/portal/2/ITSD-101
// · https://jira.acme.test/browse/HELP-7 (fixtures: tests/fixtures/jira/*.html)
