import type { SiteAdapter } from './site-adapter';
import { servicenow } from './servicenow';

export const ADAPTERS: readonly SiteAdapter[] = [servicenow];

/** The adapters that may find a ticket at this URL; empty on pages that can never hold one. */
export function adaptersFor(url: URL): SiteAdapter[] {
  return ADAPTERS.filter((adapter) => adapter.mayHaveTicket(url));
}
