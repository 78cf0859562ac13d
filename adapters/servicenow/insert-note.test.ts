// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkNote } from '../../lib/tickets/work-note';
import { emulateLayout, loadFixture } from '../page-fixture.test-helper';
import { insertWorkNote } from './insert-note';

// The work-notes inserter on the fixture form, without a browser. The fixture's AngularJS controller
// (tests/fixtures/scripts/sn-journal.js) is stood in for by its one behaviour that matters here: the
// Work notes checkbox flips the single box's data-stream-text-input. The browser tests check that
// AngularJS's own model sees the note.

const NOTE: WorkNote = { header: 'VPN: Check the adapter', lines: [], code: 'ipconfig /all' };

function journalPage(): { doc: Document; box: HTMLTextAreaElement; inputs: string[] } {
  const doc = loadFixture('servicenow/classic-form.html', {
    table: 'incident',
    number: 'INC1',
    short_description: 'x',
  });
  const box = doc.getElementById('activity-stream-textarea') as HTMLTextAreaElement;
  box.setAttribute('data-stream-text-input', 'comments');
  const checkbox = doc.querySelector<HTMLInputElement>('input[name="work_notes-journal-checkbox"]')!;
  checkbox.addEventListener('click', () =>
    box.setAttribute('data-stream-text-input', checkbox.checked ? 'work_notes' : 'comments'),
  );
  const inputs: string[] = [];
  box.addEventListener('input', () => inputs.push(box.value));
  return { doc, box, inputs };
}

beforeEach(emulateLayout);

describe('insertWorkNote', () => {
  it('switches the single box from customer-visible comments to Work notes before writing', () => {
    const { doc, box, inputs } = journalPage();
    expect(insertWorkNote(doc, NOTE)).toEqual({ ok: true, target: 'Work notes' });
    expect(box.getAttribute('data-stream-text-input')).toBe('work_notes');
    expect(box.value).toContain('ipconfig /all');
    // The page's listeners saw the change (ng-model listens to input).
    expect(inputs.at(-1)).toBe(box.value);
  });

  it('appends to a draft instead of replacing it', () => {
    const { doc, box } = journalPage();
    box.value = 'Called the user.';
    insertWorkNote(doc, NOTE);
    expect(box.value.startsWith('Called the user.\n\n')).toBe(true);
  });

  it('writes nothing when the switch to Work notes does not take', () => {
    const { doc, box } = journalPage();
    const checkbox = doc.querySelector<HTMLInputElement>('input[name="work_notes-journal-checkbox"]')!;
    checkbox.replaceWith(checkbox.cloneNode()); // the listener that flips the box is gone
    const result = insertWorkNote(doc, NOTE);
    expect(result.ok).toBe(false);
    expect(box.value).toBe('');
  });

  it('uses the Work notes box of the two-box layout, never the comments box', () => {
    const { doc } = journalPage();
    doc.getElementById('single-input-journal-entry')!.classList.add('ng-hide');
    doc.getElementById('multiple-input-journal-entry')!.classList.remove('ng-hide');
    expect(insertWorkNote(doc, NOTE).ok).toBe(true);
    expect((doc.getElementById('activity-stream-work_notes-textarea') as HTMLTextAreaElement).value).toContain(
      'ipconfig /all',
    );
    expect((doc.getElementById('activity-stream-comments-textarea') as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses on a form without a journal', () => {
    const { doc } = journalPage();
    doc.querySelector('.activity-stream')?.remove();
    expect(insertWorkNote(doc, NOTE)).toEqual({ ok: false, reason: 'No work notes field is visible on this form.' });
  });
});
