/**
 * What a ticket's short description carries besides the problem: markup, mail prefixes, priority tags,
 * category paths, people, addresses, ticket numbers, asset tags and serial numbers. Left in, these
 * words either match nothing (and lower every match's confidence) or match the wrong thing
 * ("PC0231" is not a PC problem, "FW:" is not a firewall). Each pattern here blanks its text.
 * Patterns that rely on capitals (a serial "5CG1234XYZ", a name "J. Moreno") run before lower-casing.
 */

/** Markup pasted from a mail or a rich-text field: tags with their attributes, comments, entities. */
const MARKUP: readonly RegExp[] = [
  /<!--[\s\S]*?-->/g,
  /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi,
  /&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/gi,
  // Jira wiki markup: {code}, {noformat}, {color:red}.
  /\{(?:code|noformat|quote|panel|color)[^{}\n]{0,40}\}/gi,
];

/** "won&#39;t" is "won't": decoded, so the word survives. */
const APOSTROPHE_ENTITY = /&(?:#39|#x27|apos|rsquo|lsquo);/gi;

/** Top-level domains of the host names tickets quote (not file extensions such as .exe or .log). */
const TLD = 'com|net|org|io|co|uk|de|fr|es|it|nl|pt|be|ch|at|eu|info|biz|local|corp|lan|intra|internal|gov|edu|cloud';
/**
 * A web address or host name is not a word of the problem, but its organisation's label
 * ("metrc" of ca.metrc.com, "msappproxy" of x.msappproxy.net) may name a product: it is set aside
 * for the matcher, which counts it only if the library knows it.
 */
const HOST = new RegExp(
  `\\b(?:https?:\\/\\/)?(?:[a-z0-9-]+\\.)*([a-z0-9-]+)\\.(?:${TLD})\\b(?::\\d+)?(?:\\/[^\\s]*)?`,
  'gi',
);
const URL = /\b(?:https?|ftp):\/\/[^\s]*/gi;

/**
 * Text that mail clients and gateways add to every message forwarded into a ticket: mobile
 * signatures ("Sent from my iPhone", in the six languages) and the external-sender banner. Their
 * words ("phone", "outside", "email") would otherwise count as the user's.
 */
const MAIL_BOILERPLATE: readonly RegExp[] = [
  /\b(?:sent|envoye|enviado|inviato|verzonden|gesendet)\s+(?:from|de|desde|do|da|vanaf|von)\s+(?:my|mon|ma|mi|meu|mijn|meinem|il mio)?\s*(?:iphone|ipad|android|samsung[\w ]{0,20}|mobile|smartphone|phone|blackberry|outlook for (?:ios|android)|mobile device|galaxy[\w ]{0,12}|handy|telefone|telefono|telefoon)(?:\s+gesendet)?\b/gi,
  /\bvon meinem (?:iphone|ipad|android|smartphone|handy|mobiltelefon)[\w ]{0,12}gesendet\b/gi,
  /\bget outlook for (?:ios|android|mac)\b/gi,
  /\b(?:caution|warning|notice|external email|external sender)\s*:?\s*this (?:e-?mail|message) (?:originated|came|was sent) from outside (?:of )?(?:the|your|our) organi[sz]ation\.?(?:[^.\n]{0,160}(?:safe|sender|attachments)\.)?/gi,
];

const PATTERNS: readonly RegExp[] = [
  ...MAIL_BOILERPLATE,
  // User ids quoted as such: "user id: jdoe", "username=j.doe", "login id zemb01", "user: jdoe", "for user jdoe".
  /\b(?:user\s?(?:id|name)|login\s?(?:id|name)|uid|samaccountname|upn)\s*[:=#]?\s*[\w.@-]+/gi,
  /\buser\s*[:=#]\s*[\w.@-]+/gi,
  /\b(?:for|of)\s+(?:the\s+)?user\s+(?=[\w.@-]*\d|[a-z]\.?[a-z]+\b(?!\s+(?:is|has|can|cannot|cant|does|doesnt|not|will|wont|gets|keeps)\b))[\w.@-]+/gi,
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
];

/** Leading "RE:", "FW:", "AW:", "[P2]", and a top-level category ("Hardware - …", "Incident:"). */
const LEADING =
  /^\s*(?:(?:re|fw|fwd|aw|wg|sv|tr|antw|rv|vs)\s*:|\[[^\]\n]{0,30}\]|(?:hardware|software|service request|request|incident|inquiry|enquiry|other|general|facilities|misc)\s*(?:-|–|—|>|\||::?|\/)\s*|[-–—:|>]+)\s*/i;

/**
 * A sign-off at the end: "– Tom, Berlin", "- Priya, Leeds office", "Thanks, Jo". The names and
 * places are nobody's problem, and the typo channel would read "Porto" as "portal". Capitals matter
 * (the text is not lower-cased yet): a name, then at least one comma-separated place or number.
 */
const SIGN_OFF: readonly RegExp[] = [
  /\s[-–—~]+\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s*\([^()\n]{1,30}\))?\s*,\s*[A-Z0-9][\w .'/-]{1,40}(?:\s*,\s*[\w .'/-]{1,40}){0,2}[\s.!]*$/u,
  /\b(?:thanks|thank you|thx|ty|regards|kind regards|best regards|best|cheers|br|merci|danke|gracias|obrigad[oa]|grazie|bedankt|groeten|gruss|saludos|cordialement)\s*[,!.-]*\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?[\s.!]*$/iu,
];

/** Blanks the noise in `text`; the organisation labels of host names go to `hostLabels`. */
export function stripTicketNoise(text: string, hostLabels: string[] = []): string {
  let out = text.replace(APOSTROPHE_ENTITY, "'");
  for (const re of MARKUP) out = out.replace(re, ' ');
  for (let guard = 0; guard < 10; guard += 1) {
    const next = out.replace(LEADING, '');
    if (next === out) break;
    out = next;
  }
  // Emoji and pictographs after a sign-off would hide its end.
  out = out.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+/gu, ' ');
  for (const re of SIGN_OFF) out = out.replace(re, ' ');
  for (const re of PATTERNS) out = out.replace(re, ' ');
  // After the mail addresses, so that an address's domain is not read as a host.
  out = out
    .replace(HOST, (_, label: string) => {
      hostLabels.push(label.toLowerCase());
      return ' ';
    })
    .replace(URL, ' ');
  return out;
}
