import { findCodes, squeezeCode } from './error-codes';
import { isNoise, STOPWORDS } from './stopwords';
import { applySynonyms } from './synonyms';
import { stripTicketNoise } from './ticket-noise';
import { dropTriedFixes } from './tried-fixes';

/**
 * A short description is a line or two; anything longer is a pasted mail, a log or an attack.
 * Cutting early keeps every later step (regexes, Unicode normalisation, fuzzy search) bounded.
 */
export const MAX_TICKET_CHARS = 2000;

/** One meaningful word: its canonical form (`term`) and the ticket text it came from (`surface`). */
export interface TextTerm {
  term: string;
  surface: string;
}

export interface AnalysedText {
  /** Lower-case words without accents, punctuation, noise or codes, joined by single spaces. */
  text: string;
  /** Canonical words before stop words are removed: intent cues are often stop words. */
  words: string[];
  /** Meaningful words, canonical, in order, each once. */
  terms: TextTerm[];
  /** Canonical error codes found by pattern. */
  codes: string[];
  /** Organisation labels of the ticket's host names ("metrc"): words only if the library knows them. */
  hostWords: string[];
  /** Tokens that might be codes no pattern knows (a bare 1603, an identifier): looked up, not trusted. */
  codeCandidates: string[];
}

// C0/C1 controls (NUL included), zero-width and bidi marks, line/paragraph separators, BOM.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\ufeff]/g;
const COMBINING = /\p{M}+/gu;
/** Letters NFKD does not decompose. */
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDABLE = /[ßæœøłđðþı]/g;
/** A UNC path names a network share; its server and folder names say nothing more. */
const UNC = /\\\\[\w.$-]+(?:\\[\w.$-]*)*/g;
const WORD = /[\p{L}\p{N}]+/gu;
const INNER_APOSTROPHE = /(\p{L})['’`´](\p{L})/gu;
/**
 * French and Italian elide articles and particles into the next word ("l'imprimante", "n'imprime",
 * "dell'ufficio"): those are two words, unlike English "won't", whose apostrophe joins one.
 */
const ELISION =
  /(?<![\p{L}\p{N}])(?:l|d|n|j|s|c|m|t|qu|lorsqu|jusqu|puisqu|dell|all|dall|nell|sull|un|quest)['’`´](?=\p{L})/gu;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(/[ÆŒØŁĐÐÞ]/g, (c) => c.toLowerCase())
    .replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** A canonical word worth matching: not a stop word, not a letter, not a number or "2gb". */
function meaningful(term: string): boolean {
  return !STOPWORDS.has(term) && !isNoise(term) && !/^\d/.test(term);
}

/**
 * The shared text pipeline. Runbook text and tickets go through the same steps so that both sides
 * meet on the same canonical words; `ticket` adds the steps only tickets need (length cap, noise).
 */
export function analyseText(raw: string, { ticket }: { ticket: boolean }): AnalysedText {
  let text = fold(
    String(raw)
      .slice(0, ticket ? MAX_TICKET_CHARS : 8000)
      .replace(CONTROL, ' '),
  );

  // Codes first: their spelling matters (0x…, AADSTS…) and noise patterns must not eat them.
  const hits = findCodes(text);
  for (const hit of [...hits].reverse()) {
    // Snake-case codes also read as words; a KB number also says "kb" (an update), as runbooks do.
    const words = hit.keepWords
      ? text
          .slice(hit.start, hit.end)
          .replace(/^net::/i, '')
          .replace(/_/g, ' ')
      : hit.code.startsWith('kb')
        ? 'kb'
        : '';
    text = `${text.slice(0, hit.start)} ${words} ${text.slice(hit.end)}`;
  }
  const hostLabels: string[] = [];
  if (ticket) text = stripTicketNoise(text, hostLabels);
  text = text
    .replace(UNC, ' network share ')
    .toLowerCase()
    .replace(ELISION, (elided) => `${elided.slice(0, -1)} `)
    .replace(INNER_APOSTROPHE, '$1$2');

  const tokens = text.match(WORD) ?? [];
  const codeCandidates = new Set<string>();
  for (const token of tokens)
    if (/^\d{3,6}$/.test(token) || /^[a-z][a-z0-9]{5,}$/.test(token)) codeCandidates.add(token);
  for (const chunk of text.split(/\s+/)) {
    if (/[-_.:]/.test(chunk)) {
      const squeezed = squeezeCode(chunk);
      if (squeezed.length >= 6) codeCandidates.add(squeezed);
    }
  }

  const aliased = ticket ? dropTriedFixes(applySynonyms(tokens, { ticket })) : applySynonyms(tokens, { ticket });
  const seen = new Set<string>();
  const terms: TextTerm[] = [];
  for (const t of aliased) {
    if (!meaningful(t.term) || seen.has(t.term)) continue;
    seen.add(t.term);
    terms.push(t);
  }
  return {
    text: tokens.join(' '),
    words: aliased.map((t) => t.term),
    terms,
    codes: [...new Set(hits.map((h) => h.code))],
    codeCandidates: [...codeCandidates],
    hostWords: [...new Set(hostLabels.flatMap((label) => label.match(WORD) ?? []))].filter(meaningful),
  };
}

/**
 * Normalises a ticket's short description for matching: case, accents, punctuation, mail
 * prefixes, priority tags, category paths, names, addresses, asset tags, serial and ticket numbers
 * go; abbreviations become their canonical words; error codes are pulled out on their own.
 * Safe on any string: the input is cut to MAX_TICKET_CHARS first.
 */
export function normaliseTicket(text: string): { text: string; terms: string[]; codes: string[] } {
  const analysed = analyseText(text, { ticket: true });
  return { text: analysed.text, terms: analysed.terms.map((t) => t.term), codes: analysed.codes };
}
