import type { InsertResult, Ticket } from '../lib/tickets/ticket';
import type { WorkNote } from '../lib/tickets/work-note';

export interface SiteAdapter {
  site: Ticket['site'];
  /** Cheap URL test: false means this frame can never show a ticket of this site. */
  mayHaveTicket(url: URL): boolean;
  /** The ticket shown in this frame, or null. Takes the frame's document, never a global. */
  readTicket(doc: Document, url: URL): Ticket | null;
  /** Fills the internal editor (never posts); refuses unless the target is provably internal. */
  insertNote(doc: Document, url: URL, note: WorkNote): InsertResult | Promise<InsertResult>;
  /**
   * Open shadow roots whose changes may change the ticket (pages built of web components): the watcher
   * observes them too, as a document-level MutationObserver never sees inside them. Called after each read.
   */
  watchRoots?(doc: Document, url: URL): Node[];
}
