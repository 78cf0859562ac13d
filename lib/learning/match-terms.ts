import { normaliseTicket } from '../matching/normalise-ticket';

const MAX_TERM_CHARS = 60;

/**
 * What learning remembers of a ticket and compares tickets by: its canonical words and error codes,
 * as the matcher reads them (noise, names, numbers already gone). Never the ticket's text.
 */
export function matchTerms(text: string): string[] {
  const { terms, codes } = normaliseTicket(text);
  // A 20,000-letter "word" is an attack or a paste, not something to learn or store.
  return [...new Set([...terms, ...codes])].filter((t) => t.length <= MAX_TERM_CHARS).slice(0, 40);
}
