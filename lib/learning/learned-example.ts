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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD;

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
    Array.isArray(value.terms) &&
    value.terms.length <= MAX_TERMS &&
    value.terms.every(isShortString)
  );
}

export const exampleKey = (e: Pick<LearnedExample, 'origin' | 'ticket' | 'runbook'>): string =>
  `${e.origin}|${e.ticket}|${e.runbook}`;
