import type { InsertResult } from '../lib/tickets/ticket';
import { noteAsPlainText, type WorkNote } from '../lib/tickets/work-note';
import { copyText } from '../services/clipboard';

/** How the panel reaches the ticket's editor; null where insertion is not offered (portal, no ticket). */
export type InsertNote = ((note: WorkNote) => Promise<InsertResult>) | null;

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
  return `No ${targetName} editor on this page. ${copied ? 'The note is on the clipboard instead.' : ''}`.trim();
}
