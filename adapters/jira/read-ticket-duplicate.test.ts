// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readJiraTicket } from './read-ticket';

// The summary rendered twice for one issue (a sticky header repeats it): read once, not dropped.

const SUMMARY = 'h1 data-testid="issue.views.issue-base.foundation.summary.heading"';
const CRUMB = (key: string) =>
  `<a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item" href="/browse/${key}"><span>${key}</span></a>`;
const page = (crumb: string) => `<div id="jira-frontend"><main><div>${crumb}
  <${SUMMARY}>Printer not printing</h1><div class="sticky"><${SUMMARY}>Printer not printing (copy)</h1></div>
</div></main></div>`;

function read(html: string, key = 'ITSD-901') {
  // A test document built from markup on purpose (DOMParser, not innerHTML: the lint rule stands).
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  return readJiraTicket(document, new URL(`https://acme.atlassian.net/browse/${key}`));
}

describe('Jira Cloud: a summary heading rendered twice', () => {
  it('reads the first heading when the page names this issue', () => {
    expect(read(page(CRUMB('ITSD-901')))?.summary).toBe('Printer not printing');
  });

  it('reads the first heading when no breadcrumb names any issue', () => {
    expect(read(page(''))?.summary).toBe('Printer not printing');
  });

  it('reads nothing when the page names another issue (a view still on its way out)', () => {
    expect(read(page(CRUMB('ITSD-900')))).toBeNull();
  });
});
