// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkNote } from '../../lib/tickets/work-note';
import { emulateLayout, loadFixture } from '../page-fixture.test-helper';
import { insertDataCenterNote } from './insert-note';
import { readJiraTicket } from './read-ticket';

// Jira Data Center on the browser tests' fixture page, without a browser. The page's jQuery behaviour
// that matters here is stood in for: the collapsed box opens the comment form when clicked.

const NOTE: WorkNote = { header: 'Printer: Clear the queue', lines: [], code: 'Get-PrintJob -PrinterName X' };
const URL_OF = (key: string) => new URL(`https://acme.jira.com/browse/${key}`);

function page(fields: Record<string, string> = {}): Document {
  const doc = loadFixture('jira/datacenter-issue.html', {
    key: 'ITSD-7',
    summary: 'Printer on 3rd floor jams',
    description: 'Since the toner change.',
    ...fields,
  });
  const open = (): void => {
    doc.querySelector('.sd-comment-collapse')?.classList.add('hidden');
    doc.getElementById('issue-comment-add')?.classList.remove('hidden');
  };
  doc.getElementById('sd-comment-collapsed-textarea')?.addEventListener('click', open);
  return doc;
}

beforeEach(emulateLayout);

describe('Jira Data Center reader', () => {
  it('reads key, summary and description; the comment box makes it insertable', () => {
    expect(readJiraTicket(page(), URL_OF('ITSD-7'))).toEqual({
      site: 'jira',
      key: 'ITSD-7',
      summary: 'Printer on 3rd floor jams',
      description: 'Since the toner change.',
      noteTarget: 'internal-note',
    });
  });

  it('reads nothing while the header still shows the previous issue', () => {
    expect(readJiraTicket(page(), URL_OF('ITSD-8'))).toBeNull();
  });

  it('reads nothing when the summary heading is missing (renamed)', () => {
    const doc = page();
    doc.getElementById('summary-val')?.remove();
    expect(readJiraTicket(doc, URL_OF('ITSD-7'))).toBeNull();
  });
});

describe('Jira Data Center note', () => {
  it('opens the collapsed box and fills textarea#comment with wiki markup, leaving the choice of button', () => {
    const doc = page();
    const result = insertDataCenterNote(doc, NOTE);
    expect(result).toEqual({ ok: true, target: 'internal comment (press Comment internally)' });
    const field = doc.getElementById('comment') as HTMLTextAreaElement;
    expect(field.value).toContain('{code}');
    expect(field.value).toContain('Get-PrintJob -PrinterName X');
  });

  it('refuses on a service desk form without "Comment internally": the note could reach the customer', () => {
    const doc = page();
    doc.querySelector('.sd-internal-submit')?.remove();
    expect(insertDataCenterNote(doc, NOTE).ok).toBe(false);
    expect((doc.getElementById('comment') as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses in Visual mode, where typing goes to the rich editor', () => {
    const doc = page();
    doc.getElementById('comment')?.classList.add('richeditor-cover');
    expect(insertDataCenterNote(doc, NOTE)).toEqual({
      ok: false,
      reason: 'The comment field is in Visual mode; switch it to Text and press Insert again.',
    });
  });
});
