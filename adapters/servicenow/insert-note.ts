import type { InsertResult } from '../../lib/tickets/ticket';
import type { WorkNote } from '../../lib/tickets/work-note';
import { noteForServiceNow } from '../../lib/tickets/work-note-markup';
import { appendToTextarea, isShown } from '../insert-text';
import { journal } from './selectors';

type Target = { field: HTMLTextAreaElement; switchFirst: HTMLInputElement | null };

/**
 * Where work notes go on a classic form. Multiple-input mode has its own work-notes box; the
 * default single box targets customer-visible Additional comments until its checkbox is switched.
 */
export function findWorkNotesTarget(doc: Document): Target | null {
  const multiple = doc.getElementById(journal.multipleContainer);
  const multipleWorkNotes = doc.getElementById(journal.multipleWorkNotes);
  if (multiple && isShown(multiple) && multipleWorkNotes instanceof doc.defaultView!.HTMLTextAreaElement) {
    return { field: multipleWorkNotes, switchFirst: null };
  }
  const single = doc.getElementById(journal.singleInput);
  if (!(single instanceof doc.defaultView!.HTMLTextAreaElement) || !isShown(single)) return null;
  if (single.getAttribute(journal.inputTypeAttr) === 'work_notes') return { field: single, switchFirst: null };
  const toggle =
    doc.querySelector<HTMLInputElement>(journal.workNotesCheckbox) ??
    doc.querySelector<HTMLInputElement>(journal.commentsCheckbox);
  return toggle ? { field: single, switchFirst: toggle } : null;
}

const targetsWorkNotes = (field: HTMLTextAreaElement): boolean =>
  field.id === journal.multipleWorkNotes || field.getAttribute(journal.inputTypeAttr) === 'work_notes';

/** Fills the work-notes journal (switching the single box to Work notes first). Never posts. */
export function insertWorkNote(doc: Document, note: WorkNote): InsertResult {
  const target = findWorkNotesTarget(doc);
  if (!target) return { ok: false, reason: 'No work notes field is visible on this form.' };
  if (target.switchFirst) target.switchFirst.click();
  // Re-check after the switch: AngularJS flips data-stream-text-input synchronously in its digest.
  if (!targetsWorkNotes(target.field)) {
    return { ok: false, reason: 'Could not switch the journal to Work notes, so nothing was written.' };
  }
  appendToTextarea(target.field, noteForServiceNow(note));
  if (!targetsWorkNotes(target.field)) {
    return { ok: false, reason: 'The journal left Work notes while writing; check the draft before posting.' };
  }
  return { ok: true, target: 'Work notes' };
}
