import type { Ticket } from '../lib/tickets/ticket';
import { dialogs as jira } from './jira/selectors';
import { dialogs as servicenow } from './servicenow/selectors';

/** Each site's page dialogs, for the panel's top frame (which imports no adapter code beyond this). */
export const PAGE_DIALOGS: Record<Ticket['site'], readonly string[]> = { jira, servicenow };
