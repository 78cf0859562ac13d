import type { InsertResult } from '../lib/tickets/ticket';
import { noteAsPlainText, type WorkNote } from '../lib/tickets/work-note';
import { copyText } from '../services/clipboard';

/** How the panel reaches the ticket's editor; null where insertion is not offered (portal, no ticket). */
export type InsertNote = ((note: WorkNote) => Promise<InsertResult>) | null;

/** "work notes" → "work note": the name of one note, for the Copy buttons. */
const oneNote = (targetName: string): string => targetName.replace(/ notes$/, ' note');

/**
 * What a note button does, said on the button: where insertion is not offered (no editor known on this
 * page, portal, popup) it copies, and says so before the agent clicks.
 */
export function noteButtonLabel(insert: InsertNote, targetName: string, what: 'command' | 'path'): string {
  if (insert) return what === 'path' ? `Add path to ${targetName}` : `Insert into ${targetName}`;
  return what === 'path' ? `Copy path as ${oneNote(targetName)}` : `Copy as ${oneNote(targetName)}`;
}

/**
 * Insert, or explain why not and leave the text on the clipboard: the agent never loses the note.
 */
export async function insertOrCopy(insert: InsertNote, note: WorkNote, targetName: string): Promise<string> {
  if (insert) {
    const result = await insert(note).catch((error: Error) => ({ ok: false as const, reason: error.message }));
    if (result.ok) return `Inserted into ${result.target}. Review it, then post.`;
    const copied = await copyText(noteAsPlainText(note));
    return `${result.reason} ${copied ? 'The note is on the clipboard instead.' : ''}`.trim();
  }
  const copied = await copyText(noteAsPlainText(note));
  return copied ? `Copied. Paste it into the ${targetName}.` : 'Copy failed: select the text and copy it yourself.';
}
