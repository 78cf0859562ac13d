import type { Ticket, TicketContextField } from '../tickets/ticket';
import { PLACEHOLDERS, type PlaceholderInfo } from './placeholders';

/**
 * What each known placeholder starts as before the agent types: the ticket field it comes from (caller,
 * configuration item) or the organisation value an admin set. Placeholders only the agent knows, and
 * names a pack invents, start empty unless an organisation value of that name exists.
 */
export function placeholderDefaults(
  ticket: Partial<Pick<Ticket, TicketContextField>> | null,
  orgValues: Readonly<Record<string, string>>,
): Record<string, string> {
  const values: Record<string, string> = { ...orgValues };
  for (const [name, info] of Object.entries(PLACEHOLDERS) as [string, PlaceholderInfo][]) {
    if (info.source.from !== 'ticket') continue;
    const value = ticket?.[info.source.field]?.trim();
    if (value) values[name] = value;
    else delete values[name];
  }
  return values;
}
