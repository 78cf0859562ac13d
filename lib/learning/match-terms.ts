import { normaliseTicket } from '../matching/normalise-ticket';

/**
 * What learning remembers of a ticket and compares tickets by: its canonical words and error codes,
 * as the matcher reads them (noise, names, numbers already gone). Never the ticket's text.
 */
export function matchTerms(text: string): string[] {
  const { terms, codes } = normaliseTicket(text);
  return [...new Set([...terms, ...codes])].slice(0, 40);
}
