import { openShadowRoots } from '../deep-query';
import type { SiteAdapter } from '../site-adapter';
import { insertWorkNote } from './insert-note';
import { readPortalTicket } from './read-portal';
import { readClassicForm } from './read-ticket';
import { isPanelHost, readWorkspaceRecord } from './read-workspace';
import { isClassicForm, portalTicket, workspaceRecord } from './variants';

export const servicenow: SiteAdapter = {
  site: 'servicenow',
  // The Polaris and UI16 shells hold no ticket themselves: their gsft_main frame reports it.
  mayHaveTicket: (url) => isClassicForm(url) || !!workspaceRecord(url) || !!portalTicket(url),
  readTicket: (doc, url) => {
    if (isClassicForm(url)) return readClassicForm(doc);
    const record = workspaceRecord(url);
    if (record) return readWorkspaceRecord(doc, record);
    return portalTicket(url) ? readPortalTicket(doc) : null;
  },
  // Workspace records are top-frame pages: the panel script inserts there itself (insert-workspace-note.ts),
  // which keeps that code out of the reader injected into every frame (its 30 KB budget).
  insertNote: (doc, url, note) =>
    isClassicForm(url) ? insertWorkNote(doc, note) : { ok: false, reason: 'This page has no work notes field.' },
  // Workspaces render inside open shadow roots, whose changes the document's observer never sees.
  watchRoots: (doc, url) => (workspaceRecord(url) ? openShadowRoots(doc, isPanelHost) : []),
};

// Test URLs: https://acme.service-now.com/incident.do?sys_id=… · /nav_to.do?uri=%2Fincident.do%3Fsys_id%3D…
// · /now/nav/ui/classic/params/target/incident.do%3Fsys_id%3D… · /now/sow/record/incident/<sys_id>
// · /now/workspace/agent/record/incident/<sys_id> · /sp?id=ticket&table=incident&sys_id=… · /esc?id=ticket&…
// (fixtures: tests/fixtures/servicenow/*.html, served by tests/server/routes.ts)
