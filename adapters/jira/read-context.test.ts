// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readJiraTicket } from './read-ticket';

// The reporter as Jira Cloud's people field and Data Center's people module show it (tests/fixtures/jira).

function read(html: string, url: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  // Data Center pages mark their body (§0); Cloud pages do not.
  document.body.id = url.includes('atlassian.net') ? '' : 'jira';
  return readJiraTicket(document, new URL(url));
}

describe('Jira reporter', () => {
  it('Cloud: the name wrapper of the reporter field', () => {
    const ticket = read(
      `<div id="jira-frontend"><div>
        <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item" href="/browse/ITSD-1"><span>ITSD-1</span></a>
        <h1 data-testid="issue.views.issue-base.foundation.summary.heading">VPN drops</h1>
        <div data-testid="issue.views.field.user.reporter"><span>Reporter</span>
          <div data-testid="issue.views.field.user.reporter.name.wrapper"> Abel   Tuter </div></div>
      </div></div>`,
      'https://acme.atlassian.net/browse/ITSD-1',
    );
    expect(ticket?.callerName).toBe('Abel Tuter');
  });

  it('Data Center: the user link in #reporter-val', () => {
    const ticket = read(
      `<a id="key-val" data-issue-key="HELP-7" href="/browse/HELP-7">HELP-7</a><h1 id="summary-val">Printer down</h1>
       <span id="reporter-val"><span class="user-hover" rel="beth">Beth Anglin</span></span>`,
      'https://jira.acme.test/browse/HELP-7',
    );
    expect(ticket?.callerName).toBe('Beth Anglin');
  });

  it('no reporter field: no caller', () => {
    const ticket = read(
      `<a id="key-val" data-issue-key="HELP-7" href="/browse/HELP-7">HELP-7</a><h1 id="summary-val">Printer down</h1>`,
      'https://jira.acme.test/browse/HELP-7',
    );
    expect(ticket).not.toBeNull();
    expect(ticket).not.toHaveProperty('callerName');
  });
});
