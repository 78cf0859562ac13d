import type { MessageType } from './messages';

/** Who sent a runtime message, as the browser reports it (the fields of runtime.MessageSender we read). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** This extension: its id and the base of its pages' URLs (`chrome-extension://<id>/`). */
export interface Self {
  id: string;
  baseUrl: string;
}

/**
 * Which sender each message is taken from. Settings messages come only from our own pages (the options
 * page), so no content script on a hostile page can make the background re-register scripts or fetch
 * packs; the panel's requests only from the top frame of a tab, where the panel lives; ticket reports
 * from any frame of a tab (their origin is checked against the top page's by the panel). Messages the
 * background sends to tabs (report-ticket, toggle-panel) are never taken.
 */
export function acceptsSender(type: MessageType, sender: Sender, self: Self): boolean {
  if (sender.id !== self.id) return false;
  const extensionPage = sender.url?.startsWith(self.baseUrl) === true;
  const inTab = !extensionPage && sender.tab?.id !== undefined;
  switch (type) {
    case 'sync-hosts':
    case 'refresh-packs':
      return extensionPage;
    case 'insert-note':
    case 'panel-ready':
    case 'get-shortcut':
    case 'match':
    case 'search':
    case 'get-runbooks':
      return inTab && sender.frameId === 0;
    case 'ticket':
      return inTab;
    // A pure answer about a tree the sender sends: the panel (top frame) and the popup ask.
    case 'triage':
      return extensionPage || (inTab && sender.frameId === 0);
    default:
      return false;
  }
}
