// URL predicates for ServiceNow pages. Each rejects the others' URLs (variants.test.ts).
// Sources for every shape: docs/site-structures.md.

/** A classic form document: `/incident.do?sys_id=…` (also the document inside gsft_main). */
export function isClassicForm(url: URL): boolean {
  return /^\/[a-z0-9_]+\.do$/i.test(url.pathname) && !isList(url) && !isClassicShell(url);
}

/** List views (`/incident_list.do`): never a ticket. */
export function isList(url: URL): boolean {
  return /_list\.do$/i.test(url.pathname);
}

/** The UI16 frame set `/nav_to.do?uri=…`: the form lives in the gsft_main iframe, not here. */
export function isClassicShell(url: URL): boolean {
  return /^\/nav_to\.do$/i.test(url.pathname);
}

/** The Next Experience (Polaris) shell `/now/nav/ui/classic/params/target/<url>`: the page is in gsft_main. */
export function isPolarisShell(url: URL): boolean {
  return /^\/now\/nav\/ui\//i.test(url.pathname);
}

export interface RecordRoute {
  table: string;
  /** 32 hex digits, or `-1…` for a new record. */
  sysId: string;
}

// /now/<workspace>/record/<table>/<sys_id>[/params/…]; new records are `-1` or `-1_uid_3`.
const WORKSPACE_RECORD =
  /^\/now\/(?!nav\/)(?:[a-z0-9_-]+\/){1,3}record\/([a-z0-9_]+)\/([0-9a-f]{32}|-1(?:_uid_\d+)?)(?:\/|$)/i;

/**
 * A record in a Next Experience workspace: Service Operations Workspace `/now/sow/record/incident/<id>`,
 * Agent Workspace `/now/workspace/agent/record/incident/<id>`, CSM `/now/cwf/agent/record/…`.
 * Landing pages and lists (`/now/sow/home`, `/now/sow/list/…`) give null.
 */
export function workspaceRecord(url: URL): RecordRoute | null {
  const m = WORKSPACE_RECORD.exec(url.pathname);
  return m ? { table: m[1]!, sysId: m[2]!.toLowerCase() } : null;
}

/**
 * The requester's ticket page in Service Portal / Employee Center: `/sp?id=ticket&table=incident&sys_id=…`,
 * `/esc?id=ticket&…`, or any other portal suffix (`/csm`, `/selfservice`). The route map may name the page
 * `standard_ticket`.
 */
export function portalTicket(url: URL): RecordRoute | null {
  const q = url.searchParams;
  const table = q.get('table') ?? '';
  const sysId = (q.get('sys_id') ?? '').toLowerCase();
  const page = /^\/[a-z0-9_-]+\/?$/i.test(url.pathname) && /^(standard_)?ticket$/.test(q.get('id') ?? '');
  return page && /^[a-z0-9_]+$/i.test(table) && /^[0-9a-f]{32}$/.test(sysId) ? { table, sysId } : null;
}
