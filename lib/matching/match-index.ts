import { codeKeys, extractCodes } from './error-codes';
import { analyseText } from './normalise-ticket';
import type { Runbook } from '../runbooks/runbook-schema';
import { stem } from './stem';

/** The fields a ticket is matched against, most telling first. */
export const FIELD_KINDS = ['query', 'title', 'symptom'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/**
 * Everything the matcher derives from the runbooks' text, as plain JSON: built once at build time
 * (`buildMatchIndex`) and handed to `createMatcher` at load, so the panel does not re-analyse the
 * library on every page. Arrays of numbers, not objects, to keep it small.
 */
export interface MatchIndex {
  version: typeof MATCH_INDEX_VERSION;
  /** Runbook ids in the order the index was built for; a mismatch means a stale index. */
  ids: string[];
  /** Stemmed words of the matched fields. */
  vocab: string[];
  /** One entry per related query, title and symptom: its runbook (index into ids) … */
  entryRunbook: number[];
  /** … its field (index into FIELD_KINDS) … */
  entryKind: number[];
  /** … and its distinct words (indexes into vocab). */
  entryTerms: number[][];
  /** Canonical error code → runbooks (indexes into ids) that name it. */
  codes: Record<string, number[]>;
}

/** Bump when the analysis or layout changes: an index from an older build is then rebuilt. */
export const MATCH_INDEX_VERSION = 1;

/** The words of a field as the matcher compares them: canonical, meaningful, stemmed, each once. */
export function fieldStems(text: string): string[] {
  return [...new Set(analyseText(text, { ticket: false }).terms.map((t) => stem(t.term)))];
}

export function buildMatchIndex(runbooks: readonly Runbook[]): MatchIndex {
  const vocab: string[] = [];
  const vocabIds = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = vocabIds.get(word);
    if (id === undefined) {
      id = vocab.length;
      vocab.push(word);
      vocabIds.set(word, id);
    }
    return id;
  };
  const index: MatchIndex = {
    version: MATCH_INDEX_VERSION,
    ids: runbooks.map((r) => r.id),
    vocab,
    entryRunbook: [],
    entryKind: [],
    entryTerms: [],
    codes: {},
  };
  // A Map while building: a code spelled "constructor" must not meet Object.prototype.
  const codes = new Map<string, number[]>();
  const addCode = (code: string, runbook: number): void => {
    let list = codes.get(code);
    if (!list) codes.set(code, (list = []));
    if (!list.includes(runbook)) list.push(runbook);
  };

  runbooks.forEach((runbook, r) => {
    const fields: Array<[FieldKind, readonly string[]]> = [
      ['query', runbook.relatedQueries],
      ['title', [runbook.title]],
      ['symptom', runbook.symptoms],
    ];
    for (const [kind, texts] of fields) {
      for (const text of texts) {
        const terms = fieldStems(text).map(idOf);
        if (terms.length > 0) {
          index.entryRunbook.push(r);
          index.entryKind.push(FIELD_KINDS.indexOf(kind));
          index.entryTerms.push(terms);
        }
        // A code quoted in a query or the title ("error 809 vpn") counts like a listed one.
        for (const code of extractCodes(text)) addCode(code, r);
      }
    }
    for (const entry of runbook.errorCodes) for (const code of codeKeys(entry)) addCode(code, r);
  });
  index.codes = Object.fromEntries(codes);
  return index;
}
