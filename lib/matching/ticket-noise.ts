/**
 * What a ticket's short description carries besides the problem: mail prefixes, priority tags,
 * category paths, people, addresses, ticket numbers, asset tags and serial numbers. Left in, these
 * words either match nothing (and lower every match's confidence) or match the wrong thing
 * ("PC0231" is not a PC problem, "FW:" is not a firewall). Each pattern here blanks its text.
 * Patterns that rely on capitals (a serial "5CG1234XYZ", a name "J. Moreno") run before lower-casing.
 */

const PATTERNS: readonly RegExp[] = [
  // Mail addresses, whole or as a mailbox handle ("hr-team@").
  /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g,
  /[\w.+-]+@(?![\w-])/g,
  // People: "J. Moreno", "T. Nguyen", "Mr Smith", and mail-style "s.okafor".
  /\b[A-Z]\.\s?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*\b/g,
  /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b/g,
  /\b[a-z]\.[a-z]{3,}\b/g,
  // Ticket numbers: ServiceNow (INC0012345, RITM…), Jira keys (ITSD-1234), "#12345".
  /\b(?:INC|RITM|REQ|CHG|PRB|PTASK|SCTASK|TASK|SR|RFC|WO|CS|IM|SD|HD)[-_ ]?\d{4,}\b/gi,
  /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b/g,
  /#\d{3,}\b/g,
  // Asset tags: LT-04231, PC123456, NB-0042.
  /\b(?:LT|PC|NB|DT|WS|LAP|LAPTOP|DSK|DESKTOP|MAC|MBP|SRV|TAB|PHN|MOB|AST|ASSET|CMP|WKS)[-_]?\d{3,}[A-Z]?\b/gi,
  // Serial numbers, announced ("S/N: 5CG123", "serial no. C02X…") or bare upper-case letter/digit mixes.
  /\b(?:s\/n|sn|serial(?:\s*(?:no|number|#))?)\.?\s*[:#]?\s*[A-Z0-9-]{5,}\b/gi,
  /\b(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{7,14}\b/g,
  // Priority tags anywhere: [P2], (P1), Sev2, P3, [URGENT], [EXTERNAL].
  /\[(?:p\d|sev\s?\d|prio\w*|urgent|high|low|medium|critical|external|ext|spam|secure|encrypt\w*)[^\]\n]{0,12}\]/gi,
  /\((?:p|sev)\s?\d\)/gi,
  /\b(?:p|sev|prio)[-\s]?[0-5]\b/gi,
  // Web addresses: the scheme and "www" are noise, the host words may not be, so only those go.
  /\bhttps?:\/\/(?:www\.)?/gi,
];

/** Leading "RE:", "FW:", "AW:", "[P2]", and a top-level category ("Hardware - …", "Incident:"). */
const LEADING =
  /^\s*(?:(?:re|fw|fwd|aw|wg|sv|tr|antw|rv|vs)\s*:|\[[^\]\n]{0,30}\]|(?:hardware|software|service request|request|incident|inquiry|enquiry|other|general|facilities|misc)\s*(?:-|–|—|>|\||::?|\/)\s*|[-–—:|>]+)\s*/i;

export function stripTicketNoise(text: string): string {
  let out = text;
  for (let guard = 0; guard < 10; guard += 1) {
    const next = out.replace(LEADING, '');
    if (next === out) break;
    out = next;
  }
  for (const re of PATTERNS) out = out.replace(re, ' ');
  return out;
}
