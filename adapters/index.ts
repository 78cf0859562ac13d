import type { SiteAdapter } from './site-adapter';
import { jira } from './jira';
import { servicenow } from './servicenow';

export const ADAPTERS: readonly SiteAdapter[] = [servicenow, jira];

/** The adapters that may find a ticket at this URL; empty on pages that can never hold one. */
export function adaptersFor(url: URL): SiteAdapter[] {
  return ADAPTERS.filter((adapter) => adapter.mayHaveTicket(url));
}
