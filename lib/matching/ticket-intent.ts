/**
 * Incident or request? Runbooks fix things that are broken; a large share of service-desk tickets
 * ask for something instead ("new laptop for …", "create a shared mailbox", "quote for licences",
 * "how do I set up …"). Those share nouns with runbooks (mailbox, vpn, monitor) and would match them
 * confidently, so the matcher looks at the ticket's intent as well: a ticket that asks for
 * something and reports nothing wrong is not a runbook's problem. The lists are general English,
 * not phrases from any ticket set.
 */

/** Words that ask for something to be provided, changed or explained. */
const REQUEST_CUES = new Set(
  `create creating creation new order ordering purchase buy quote request requests requested requesting
  provision grant onboard onboarding hire hiring starter joiner setup install installation add extra
  additional replacement replace renew renewal need needs needed question questions`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that report something wrong. Any one of them makes the ticket an incident. */
const PROBLEM_CUES = new Set(
  `not no cant cannot wont doesnt didnt isnt arent wasnt couldnt unable never nothing nobody noone
  fail fails failed failing failure error errors broken broke stuck crash crashes crashed crashing
  freeze slow missing lost stolen lock locks locked lockout locking blocked blocks block denied
  drop drops dropped dropping disconnect disconnects disconnected disconnecting down expired expire
  expires full loop loops looping keeps keep again still wrong invalid bounce bounces bounced bouncing
  spin spins spinning black blank flicker flickers flickering unreachable quarantined reject rejects
  rejected problem problems issue issues trouble warning alert virus malware suspicious phishing
  fake weird strange offline behind conflict conflicts missing restart restarts restarting noncompliant
  corrupt corrupted unable unavailable unresponsive freeze timeout timed hacked compromised infected
  asking prompt prompts prompting popup popups nicht kein keine kann pas impossible erreur error fallo falla
  problema nao`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of asking that a runbook can itself be about. */
const ACTIONS = new Set(
  `reset resets resetting unlock unlocks unlocking restore recover change changing reinstall remove
  uninstall enable re-enable reenable renew extend`
    .split(/\s+/)
    .filter(Boolean),
);

/** Asking for a replacement device or part. */
const REPLACEMENT =
  /\b(?:need|needs|want|wants|request|requesting|order|get)\s+(?:a\s+|an\s+)?(?:new|replacement|another|spare)\b/;

/** Ways of asking, on the normalised text (lower case, no apostrophes). */
const ASKING: readonly RegExp[] = [
  // Questions about how or where to do something, or what something is.
  /\bhow\s+(?:do|can|to|should|would)\b/,
  /^(?:what|whats|which|who|whom|whose)\b/,
  /\bwhere\s+(?:can|do|should)\s+(?:i|we)\b/,
  // "can I get …", "could you install …", "I'd like …".
  /\b(?:can|could|may)\s+(?:i|we|you)\s+(?:please\s+|pls\s+)?(?:get|have|order|install|create|add|give|provide|send|set|make|book|arrange|reset|change|grant|enable)\b/,
  /\b(?:id|i would|we would|wed)\s+like\b/,
  /\b(?:can|could|would)\s+(?:you|someone|somebody|it)\s+(?:please\s+|pls\s+)?(?:recover|restore|check|look|send|create|add|install|give|provide|set|change|reset|grant|enable|move|update|order|book)\b/,
  // A ticket that opens with an order: "Reset voicemail PIN", "Archive old project folder".
  /^(?:please\s+|pls\s+|kindly\s+)?(?:reset|create|add|remove|delete|install|uninstall|change|grant|enable|disable|order|book|move|rename|restore|archive|transfer|extend|provide|send|setup|set up|configure|assign|give|allow|approve|register|renew|replace|upgrade|decommission|migrate|schedule|update)\b/,
];

export interface TicketIntent {
  /** The ticket asks for something and reports nothing wrong. */
  request: boolean;
  problem: boolean;
  /**
   * The ticket's words that ask for something ("reset", "unlock", "request"). A runbook whose own
   * phrasings hold one of them serves that request (a password reset), unlike one that merely
   * shares the request's noun (a new mailbox is not a full mailbox).
   */
  asking: string[];
  /**
   * The only sign of trouble is a word like "issue" or "problem": the ticket names a thing and
   * says nothing about what is wrong with it ("wifi issue", "laptop problem").
   */
  vague: boolean;
}

/** Problem cues that say something is wrong but not what. */
const VAGUE_CUES = new Set(['problem', 'problems', 'issue', 'issues', 'trouble']);

/**
 * `tokens` are the ticket's lower-case words before stop words are removed (cues are often stop
 * words themselves: "need", "not", "how"); `text` is the normalised ticket text.
 */
export function ticketIntent(tokens: readonly string[], text: string, hasCode: boolean): TicketIntent {
  const problem = hasCode || tokens.some((t) => PROBLEM_CUES.has(t));
  const asks = ASKING.some((re) => re.test(text)) || tokens.some((t) => REQUEST_CUES.has(t));
  // "broken, need a new one": asking for a replacement is a request even though something broke.
  const replacement = REPLACEMENT.test(text);
  const asking = [...new Set(tokens.filter((t) => REQUEST_CUES.has(t) || ACTIONS.has(t)))];
  const vague = !hasCode && !tokens.some((t) => PROBLEM_CUES.has(t) && !VAGUE_CUES.has(t));
  return { request: replacement || (asks && !problem), problem, asking, vague };
}
