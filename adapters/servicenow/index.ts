import type { SiteAdapter } from '../site-adapter';
import { readClassicForm } from './read-ticket';
import { insertWorkNote } from './insert-note';
import { isClassicForm } from './variants';

export const servicenow: SiteAdapter = {
  site: 'servicenow',
  mayHaveTicket: (url) => isClassicForm(url),
  readTicket: (doc, url) => (isClassicForm(url) ? readClassicForm(doc) : null),
  insertNote: (doc, url, note) =>
    isClassicForm(url) ? insertWorkNote(doc, note) : { ok: false, reason: 'This page has no work notes field.' },
};
