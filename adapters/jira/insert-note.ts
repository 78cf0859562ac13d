import { waitFor } from '../wait-for';
import type { InsertResult } from '../../lib/tickets/ticket';
import { noteFirstLine, type WorkNote } from '../../lib/tickets/work-note';
import { noteForJira, noteForJiraWiki } from '../../lib/tickets/work-note-markup';
import { appendToTextarea, isShown } from '../insert-text';
import { allOf, firstOf, viewFor } from './read-ticket';
import { cloudComment, dataCenter } from './selectors';

const refuse = (reason: string): InsertResult => ({ ok: false, reason });
const isSelected = (tab: Element | null): boolean => tab?.getAttribute('aria-selected') === 'true';

/**
 * The collapsed JSM box's "Add internal note" button (no test id: docs/site-structures.md#jira-cloud-comment-box);
 * tabs are excluded.
 */
function internalOpener(box: Element): HTMLElement | null {
  const caption = cloudComment.openerCaption.toLowerCase();
  return (
    (allOf(box, ['button', '[role="button"]']).find(
      (b) => b.getAttribute('role') !== 'tab' && (b.textContent ?? '').trim().toLowerCase() === caption,
    ) as HTMLElement | undefined) ?? null
  );
}

/** Parts of the box, looked up afresh: Jira re-renders the box when it opens or switches tabs. */
function commentParts(doc: Document, key: string) {
  const view = viewFor(doc, key);
  const box = view ? firstOf(view.root, cloudComment.box) : null;
  return {
    box,
    internal: box && firstOf(box, cloudComment.internalTab),
    reply: box && firstOf(box, cloudComment.replyTab),
    editor: box && (firstOf(box, cloudComment.editor) as HTMLElement | null),
  };
}

type CommentParts = ReturnType<typeof commentParts>;

/**
 * Puts the caret after the draft's last block, as the agent clicking below it would: each note starts
 * after what is there, never inside a paragraph or a code block the caret was left in (a second insert used
 * to land on the first one's last code line). ProseMirror adopts a DOM selection on `selectionchange`, an
 * event that fires after this task, so this waits for it (or a moment, when the caret was already there).
 * True when the draft ends in a code block, where the caret still is.
 */
async function caretAfterDraft(editor: HTMLElement): Promise<boolean> {
  const doc = editor.ownerDocument;
  editor.focus();
  const range = doc.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  const adopted = new Promise<void>((resolve) => {
    doc.addEventListener('selectionchange', () => resolve(), { once: true });
    setTimeout(resolve, 50);
  });
  doc.getSelection()?.removeAllRanges();
  doc.getSelection()?.addRange(range);
  await adopted;
  const last = editor.lastElementChild;
  return Boolean(last && (last.matches(cloudComment.codeBlock) || last.querySelector(cloudComment.codeBlock)));
}

/**
 * Pastes into ProseMirror the way a user's Ctrl+V arrives: its paste handler reads clipboardData, parses
 * the HTML with the editor's schema and dispatches a transaction, so the editor state holds the note.
 * `data-pm-slice="0 0 []"` marks the HTML as whole blocks, so the note never merges into a paragraph
 * the agent is typing. Handled = defaultPrevented (prosemirror-view input.ts). With the caret in a code
 * block ProseMirror pastes text/plain as code (clipboard.ts `inCode`), so there the event carries the HTML
 * only, which it places as new blocks after the code. DOM edits would only be re-parsed by ProseMirror's
 * observer, so execCommand is the fallback for editors that ignore the event.
 */
async function pasteInto(editor: HTMLElement, note: WorkNote): Promise<'pasted' | 'typed' | 'pending' | 'failed'> {
  const doc = editor.ownerDocument;
  const win = doc.defaultView!;
  const { html, text } = noteForJira(note);
  const expected = noteFirstLine(note);
  const before = editor.textContent ?? '';
  const shows = (): boolean => (editor.textContent ?? '') !== before && (editor.textContent ?? '').includes(expected);
  const inCode = await caretAfterDraft(editor);
  const event = new win.ClipboardEvent('paste', {
    clipboardData: new win.DataTransfer(),
    bubbles: true,
    cancelable: true,
  });
  // Set the data on the event's own DataTransfer: Firefox sends a copied one empty
  // (docs/site-structures.md#jira-cloud-paste-into-prosemirror).
  event.clipboardData?.setData('text/html', `<div data-pm-slice="0 0 []">${html}</div>`);
  if (!inCode) event.clipboardData?.setData('text/plain', text);
  if (event.clipboardData && !editor.dispatchEvent(event)) return shows() ? 'pasted' : 'pending';
  // Not handled (Firefox hands the editor an empty DataTransfer): type it with the browser's editing
  // command, at the end of the draft, or over the empty paragraph of an empty editor (else it stays).
  const range = doc.createRange();
  range.selectNodeContents(editor);
  if (before.trim()) range.collapse(false);
  doc.getSelection()?.removeAllRanges();
  doc.getSelection()?.addRange(range);
  // execCommand is deprecated but is still how Chromium and Firefox edit contenteditable with undo.
  return doc.execCommand('insertHTML', false, html) && shows() ? 'typed' : 'failed';
}

/** The comment box's parts once Jira has re-rendered them so that `ready` holds, or null on timeout. */
function partsOnceShown(doc: Document, key: string, ready: (parts: CommentParts) => boolean) {
  return waitFor(() => {
    const parts = commentParts(doc, key);
    return ready(parts) ? parts : null;
  });
}

/** Cloud / JSM: fills the issue's own comment box, only while its "Add internal note" tab is selected. */
export async function insertCloudNote(doc: Document, key: string, note: WorkNote): Promise<InsertResult> {
  let parts = commentParts(doc, key);
  if (!parts.box) return refuse(`No comment box is open for ${key}.`);
  if (!parts.editor) {
    const opener = internalOpener(parts.box);
    if (!opener) return refuse("The comment box offers no 'Add internal note', so the note could reach the customer.");
    opener.click();
    // Jira renders the opened box a moment later (React): wait for the editor, as the agent would.
    parts = (await partsOnceShown(doc, key, (p) => Boolean(p.editor))) ?? parts;
    if (!parts.editor) return refuse("Opened 'Add internal note', but its editor did not show.");
  }
  if (!parts.internal)
    return refuse("This comment box has no 'Add internal note' tab, so the note could reach the customer.");
  if (!isSelected(parts.internal)) {
    (parts.internal as HTMLElement).click();
    parts = (await partsOnceShown(doc, key, (p) => isSelected(p.internal))) ?? parts;
    if (!isSelected(parts.internal)) return refuse("Could not switch the box to 'Add internal note'.");
  }
  if (isSelected(parts.reply) || !parts.editor) return refuse("Could not make sure the box is on 'Add internal note'.");
  const outcome = await pasteInto(parts.editor, note);
  // Re-check: the note must not sit in a reply to the customer.
  const after = commentParts(doc, key);
  if (!isSelected(after.internal) || isSelected(after.reply)) {
    return refuse("The comment box left 'Add internal note' while writing; check the draft before saving.");
  }
  if (outcome === 'pending') return refuse('Jira took the note but does not show it yet; check the draft first.');
  if (outcome === 'failed') return refuse("Jira's editor did not accept the note.");
  return { ok: true, target: 'internal note' };
}

/**
 * Data Center: fills `textarea#comment` with wiki markup. JSM DC decides visibility by the button the
 * agent presses (docs/site-structures.md#jsm-data-center-agent-view), so we only fill and say which one; plain
 * Jira's comments stay among Jira users.
 */
export function insertDataCenterNote(doc: Document, note: WorkNote): InsertResult {
  let field = firstOf(doc, dataCenter.comment);
  if (!field || !isShown(field)) {
    (firstOf(doc, dataCenter.commentOpeners) as HTMLElement | null)?.click();
    field = firstOf(doc, dataCenter.comment);
  }
  if (!(field instanceof doc.defaultView!.HTMLTextAreaElement) || !isShown(field)) {
    return refuse('No comment field is open on this issue.');
  }
  if (field.classList.contains(dataCenter.richEditorClass)) {
    return refuse('The comment field is in Visual mode; switch it to Text and press Insert again.');
  }
  const jsm = firstOf(doc, dataCenter.sdMarkers) !== null;
  if (jsm && !firstOf(doc, dataCenter.sdInternalSubmit)) {
    return refuse("This comment form has no 'Comment internally' button, so the note could reach the customer.");
  }
  appendToTextarea(field, noteForJiraWiki(note));
  return { ok: true, target: jsm ? 'internal comment (press Comment internally)' : 'comment' };
}
