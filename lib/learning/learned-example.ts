import { isRecord } from '../settings/settings';

/**
 * What the panel learns from one agent on one ticket: the ticket's match terms (canonical words and
 * error codes, never the ticket's text) and the runbook the agent used (`negative: false`) or marked
 * "Not helpful" on an automatic match (`negative: true`). Kept on this machine only, keyed by the
 * site's origin so one ServiceNow instance never teaches another.
 */
export interface LearnedExample {
  /** The ticket site's origin, `https://acme.service-now.com`. */
  origin: string;
  /** INC0010001, ITSD-42: one example per ticket and runbook (the latest use wins). */
  ticket: string;
  terms: string[];
  runbook: string;
  negative: boolean;
  /** Epoch ms of the last use. */
  at: number;
}

const MAX_TERMS = 40;
const MAX_FIELD = 200;

/** A non-empty string of at most MAX_FIELD characters: what every stored learning field is. */
export const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD;

/** A stored ticket's match terms: at most MAX_TERMS short strings. */
export const isTermList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_TERMS && value.every(isShortString);

/** Storage outlives builds and devtools can write it: an entry is used only if every field is sound. */
export function isLearnedExample(value: unknown): value is LearnedExample {
  return (
    isRecord(value) &&
    isShortString(value.origin) &&
    isShortString(value.ticket) &&
    isShortString(value.runbook) &&
    typeof value.negative === 'boolean' &&
    typeof value.at === 'number' &&
    Number.isFinite(value.at) &&
    isTermList(value.terms)
  );
}

export const exampleKey = (e: Pick<LearnedExample, 'origin' | 'ticket' | 'runbook'>): string =>
  `${e.origin}|${e.ticket}|${e.runbook}`;
