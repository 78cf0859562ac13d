/**
 * Error codes are the most precise thing a ticket can carry: "0x800704cf" names one problem, while
 * the words around it are shared by dozens of runbooks. Fuzzy text search blurs them (one wrong
 * hex digit is a one-character typo to Bitap), so codes get their own channel: we extract them with
 * patterns, reduce them to one canonical spelling and look them up verbatim.
 */

/** What a code pattern found: the canonical code and where it sat in the text. */
export interface CodeHit {
  code: string;
  start: number;
  end: number;
  /** Snake-case identifiers (ERR_TOO_MANY_REDIRECTS) also read as words; other codes do not. */
  keepWords: boolean;
}

interface CodePattern {
  re: RegExp;
  canonical: (match: RegExpExecArray) => string | null;
  keepWords?: boolean;
}

/** 0x11b and 0x0000011b are the same HRESULT: pad to 8 hex digits so both spellings meet. */
function hex(digits: string): string {
  return `0x${digits.toLowerCase().padStart(8, '0')}`;
}

function plainNumber(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

// Order matters: earlier patterns claim their text first (an AADSTS code is not also a bare number).
const PATTERNS: readonly CodePattern[] = [
  // HRESULT / Win32 / Intune codes written with 0x.
  { re: /\b0x([0-9a-f]{1,8})\b/gi, canonical: (m) => hex(m[1]!) },
  // The same codes written without 0x (80070643, C004F074): 8 hex digits starting with 8 or C,
  // the facility bits every failure HRESULT has. Requiring 3+ digits keeps words out.
  {
    re: /\b([8c][0-9a-f]{7})\b/gi,
    canonical: (m) => ((m[1]!.match(/\d/g)?.length ?? 0) >= 3 ? hex(m[1]!) : null),
  },
  // Entra ID sign-in errors.
  { re: /\b(aadsts\d{4,7})\b/gi, canonical: (m) => m[1]!.toLowerCase() },
  // Knowledge-base / update article numbers.
  { re: /\b(kb\d{6,7})\b/gi, canonical: (m) => m[1]!.toLowerCase() },
  // Stop codes and browser errors: DRIVER_IRQL_NOT_LESS_OR_EQUAL, NET::ERR_CERT_AUTHORITY_INVALID.
  {
    re: /(?:\bnet::)?\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b/gi,
    canonical: (m) => (m[1]!.length >= 8 ? m[1]!.toLowerCase() : null),
    keepWords: true,
  },
  // SMTP enhanced status codes in bounces: 5.2.2, 4.4.7.
  { re: /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/g, canonical: (m) => m[1]! },
  // "event 4740", "event id 41", "error 1603", "exit code 1603", "code: 809".
  {
    re: /\b(?:event(?:\s*id)?|eventid|error|err|exit\s*code|code|status)\s*[:#]?\s*-?(\d{2,6})\b/gi,
    canonical: (m) => plainNumber(m[1]!),
  },
  // Client errors shown as negative numbers: FortiClient (-7200), (-14).
  { re: /(?<![\w.-])-(\d{2,6})\b/g, canonical: (m) => plainNumber(m[1]!) },
];

/** Finds every code in `text`, left to right, without overlaps. Linear in the text length. */
export function findCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s);
  for (const { re, canonical, keepWords = false } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const code = canonical(m);
      if (code === null) continue;
      hits.push({ code, start, end, keepWords });
      taken.push([start, end]);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Canonical codes found in free text, each once, in order of appearance. */
export function extractCodes(text: string): string[] {
  return [...new Set(findCodes(text).map((h) => h.code))];
}

/**
 * Canonical keys for one entry of a runbook's `errorCodes`. Authors write codes as they appear
 * ("0x800704CF", "event 4740", "552 5.2.2", "-7200", "AttributeValueMustBeUnique"): we take what
 * the patterns find, plus bare numbers (here they are codes by definition), plus — when nothing
 * else matched — the entry itself squeezed to letters and digits, so it can be looked up as a token.
 */
export function codeKeys(entry: string): string[] {
  const hits = findCodes(entry);
  const keys = new Set(hits.map((h) => h.code));
  let rest = entry;
  for (const h of hits) rest = rest.slice(0, h.start) + ' '.repeat(h.end - h.start) + rest.slice(h.end);
  for (const n of rest.match(/(?<![\w.])\d{2,6}(?![\w.])/g) ?? []) keys.add(plainNumber(n));
  if (keys.size === 0) {
    const squeezed = squeezeCode(entry);
    if (squeezed.length >= 2) keys.add(squeezed);
  }
  return [...keys];
}

/** "Test-ComputerSecureChannel" and "test computersecurechannel" meet as "testcomputersecurechannel". */
export function squeezeCode(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Tokens of a ticket that could be a code without matching a pattern (a bare "1603", an identifier
 * like "attributevaluemustbeunique"): looked up in the library's code table, never guessed at.
 */
export function isCodeCandidate(token: string): boolean {
  return /^\d{3,6}$/.test(token) || (token.length >= 6 && /^[a-z0-9]+$/.test(token));
}
