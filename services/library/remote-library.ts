import type { LibraryAnswer, RunbookBodies } from '../../lib/messages';
import type { Learning, Matcher, MatchOutcome, MatchResult } from '../../lib/matching/match';
import type { RunbookSource } from '../../lib/packs/pack-merge';
import type { Runbook } from '../../lib/runbooks/runbook-schema';
import { sendMessage } from '../messaging';
import type { Library } from './build-library';

const NOTHING: MatchOutcome = { confident: null, confidence: 'none', results: [] };
const NO_TERMS: readonly string[] = [];

/**
 * The panel's view of the library the background holds (services/library/library-data.ts). It knows what
 * it was sent: the match of each ticket text with the runbook shown first (arriving with the ticket), and
 * whatever was asked for since. A lookup it cannot answer yet asks the background and, when the answer
 * comes, publishes a new snapshot: the panel renders again with it.
 */
export interface RemoteLibrary {
  /** What came with a ticket: known before the panel renders that ticket. */
  seed(text: string, answer: LibraryAnswer): void;
  /** The packs changed: forget everything, and ask again for the text shown now. */
  reset(text: string | null): void;
  subscribe(listener: () => void): () => void;
  snapshot(): Library;
}

class RunbooksById extends Map<string, Runbook> {
  constructor(private readonly onMiss: (id: string) => void) {
    super();
  }

  override get(id: string): Runbook | undefined {
    const runbook = super.get(id);
    if (!runbook) this.onMiss(id);
    return runbook;
  }
}

export function createRemoteLibrary(send: typeof sendMessage = sendMessage): RemoteLibrary {
  const listeners = new Set<() => void>();
  let outcomes = new Map<string, MatchOutcome>();
  // Per ticket text, the same array object each time: the panel's learning recorder keys on it.
  let termsOf = new Map<string, readonly string[]>();
  let searches = new Map<string, MatchResult[]>();
  const sources = new Map<string, RunbookSource>();
  const asked = new Set<string>();
  const missing = new Set<string>();
  let generation = 0;

  const publish = (): void => {
    current = view();
    for (const listener of [...listeners]) listener();
  };
  const addBodies = (bodies: RunbookBodies): void => {
    for (const runbook of bodies.runbooks) byId.set(runbook.id, runbook);
    for (const [id, source] of bodies.sources) sources.set(id, source);
  };
  /** One request per key at a time; answers from before a reset are dropped. */
  const ask = <T>(key: string, request: () => Promise<T>, keep: (value: T) => void, onError: () => void): void => {
    if (asked.has(key)) return;
    asked.add(key);
    const at = generation;
    request()
      .then(
        (value) => at === generation && keep(value),
        () => at === generation && onError(),
      )
      .finally(() => {
        if (at !== generation) return;
        asked.delete(key);
        publish();
      });
  };

  let pendingIds: string[] = [];
  const byId = new RunbooksById((id) => {
    if (missing.has(id) || asked.has(`runbook ${id}`)) return;
    asked.add(`runbook ${id}`);
    // Misses of one render (a runbook's related links) go in one request.
    if (pendingIds.push(id) > 1) return;
    queueMicrotask(() => {
      const ids = pendingIds;
      pendingIds = [];
      const at = generation;
      send({ type: 'get-runbooks', ids })
        .then((bodies) => at === generation && addBodies(bodies))
        .catch(() => {})
        .finally(() => {
          if (at !== generation) return;
          for (const id of ids) {
            asked.delete(`runbook ${id}`);
            if (!byId.has(id)) missing.add(id);
          }
          publish();
        });
    });
  });

  // The agent's learned examples (lib/learning) change the match: answers with them are kept apart, per
  // examples list (the panel keeps one list object while it does not change).
  const learningIds = new WeakMap<Learning, number>();
  let learningCount = 0;
  const keyOf = (text: string, learning?: Learning): string => {
    if (!learning?.examples.length) return text;
    if (!learningIds.has(learning)) learningIds.set(learning, ++learningCount);
    return `${learningIds.get(learning)} ${text}`;
  };
  const matcher: Matcher = {
    match(text, learning) {
      const key = keyOf(text, learning);
      const known = outcomes.get(key);
      if (known) return known;
      ask(
        `match ${key}`,
        () => send({ type: 'match', text, learning }),
        (answer) => {
          // The same outcome as without the examples stays the same object: nothing re-renders or records twice.
          const base = outcomes.get(text);
          const same = base && JSON.stringify(base) === JSON.stringify(answer.outcome);
          outcomes.set(key, same ? base : answer.outcome);
          if (!termsOf.has(text)) termsOf.set(text, answer.terms);
          addBodies(answer);
        },
        () => outcomes.set(key, outcomes.get(text) ?? NOTHING),
      );
      // Until the answer with the examples comes, the one that came with the ticket (no flash of "no match").
      return outcomes.get(text) ?? NOTHING;
    },
    search(query, limit = 8) {
      const key = `${limit} ${query}`;
      const known = searches.get(key);
      if (known) return known;
      ask(
        `search ${key}`,
        () => send({ type: 'search', query, limit }),
        (results) => searches.set(key, results),
        () => searches.set(key, []),
      );
      return [];
    },
    // Known with the ticket's answer; until then nothing (the recorder waits for the outcome anyway).
    terms: (text) => termsOf.get(text) ?? NO_TERMS,
  };

  const view = (): Library => ({ runbooks: [...byId.values()], byId, matcher, sources });
  let current = view();
  // A ticket reported again (every frame does when a panel starts) brings the same answer: the panel keeps
  // the same objects, so it neither re-renders nor records the ticket twice.
  const seed = (text: string, answer: LibraryAnswer): void => {
    const known = outcomes.get(text);
    const changed = !known || JSON.stringify(known) !== JSON.stringify(answer.outcome);
    const fresh = answer.runbooks.some((r) => !byId.has(r.id));
    if (changed) outcomes.set(text, answer.outcome);
    if (!termsOf.has(text)) termsOf.set(text, answer.terms);
    addBodies(answer);
    if (changed || fresh) current = view();
  };

  return {
    seed,
    reset(text) {
      // The old answers stay shown until the new library's answer for this text arrives: no flash of "no match".
      const at = ++generation;
      asked.clear();
      pendingIds = [];
      const replace = (answer?: LibraryAnswer): void => {
        if (at !== generation) return;
        outcomes = new Map();
        termsOf = new Map();
        searches = new Map();
        byId.clear();
        sources.clear();
        missing.clear();
        if (answer && text !== null) seed(text, answer);
        publish();
      };
      if (text === null) replace();
      else send({ type: 'match', text }).then(replace, () => replace());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => current,
  };
}
