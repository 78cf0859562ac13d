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
  additional replacement replace renew renewal need needs needed question`
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
  nicht kein keine kann pas impossible erreur error fallo falla problema nao`
    .split(/\s+/)
    .filter(Boolean),
);

/** Two-word openings of questions that ask how to do something. */
const HOW_TO = /\bhow\s+(?:do|can|to|should|would)\b/;

export interface TicketIntent {
  /** The ticket asks for something and reports nothing wrong. */
  request: boolean;
  problem: boolean;
}

/**
 * `tokens` are the ticket's lower-case words before stop words are removed (cues are often stop
 * words themselves: "need", "not", "how"); `text` is the normalised ticket text.
 */
export function ticketIntent(tokens: readonly string[], text: string, hasCode: boolean): TicketIntent {
  const problem = hasCode || tokens.some((t) => PROBLEM_CUES.has(t));
  const asks = HOW_TO.test(text) || tokens.some((t) => REQUEST_CUES.has(t));
  return { request: asks && !problem, problem };
}
