// URL predicates for ServiceNow pages. Each rejects the others' URLs (variants.test.ts).

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
