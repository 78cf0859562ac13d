import type { Ticket } from '../../lib/tickets/ticket';
import { portal } from './selectors';

/**
 * The requester's ticket page (Service Portal / Employee Center): the number beside its "Number" label, and
 * the first heading after it, which the standard ticket page fills with the short description. Read only:
 * anything typed on this page reaches the requester, so noteTarget is null.
 */
export function readPortalTicket(doc: Document): Ticket | null {
  const label = doc.evaluate(portal.numberLabel, doc, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
    .singleNodeValue as Element | null;
  const key = label?.nextElementSibling?.textContent?.trim() ?? '';
  if (!label || !/^[A-Z][A-Z_]*\d{4,}$/.test(key)) return null;
  const heading = Array.from(doc.querySelectorAll(portal.heading)).find(
    (h) => label.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && h.textContent?.trim(),
  );
  const summary = heading?.textContent?.replace(/\s+/g, ' ').trim();
  return summary ? { site: 'servicenow', key, summary, description: '', noteTarget: null } : null;
}

// Fixture: tests/fixtures/servicenow/portal-ticket.html (/sp and /esc).
