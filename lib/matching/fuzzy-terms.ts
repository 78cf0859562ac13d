import Fuse from 'fuse.js';

/**
 * Typo tolerance: maps a ticket word that is not in the library ("laptpo", "outlk", "dissapeared")
 * to library words within a couple of edits, using Fuse's Bitap as the judge.
 *
 * Why not `fuse.search` over the vocabulary: Bitap costs ~2 µs per string, so a linear scan of a
 * few thousand words per ticket word blows the latency budget. A bigram filter first keeps only
 * words that could be within the allowed edits (each edit breaks at most two boundary-marked
 * bigrams), then Fuse scores those few.
 */

export interface FuzzyHit {
  /** Index into the vocabulary. */
  id: number;
  /** 1 for identical, lower for more edits. */
  similarity: number;
}

/** Words shorter than this must match exactly: one edit in "pin" or "vpn" is another word. */
export const MIN_FUZZY_LENGTH = 4;

const FUSE_OPTIONS = { threshold: 0.45, ignoreLocation: true, isCaseSensitive: true } as const;

/** Edits allowed for a word of this length: one in 4 letters, two from 5 ("outlk" → "outlook"). */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : 2;
}

function bigrams(word: string): string[] {
  const marked = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i < marked.length - 1; i += 1) out.push(marked.slice(i, i + 2));
  return out;
}

export interface FuzzyTerms {
  /** Library words within the allowed edits of `word` (never `word` itself), best first. */
  typos(word: string, max?: number): FuzzyHit[];
  /** Library words that start with `prefix` (search-as-you-type), shortest first. */
  completions(prefix: string, max?: number): FuzzyHit[];
}

export function createFuzzyTerms(vocab: readonly string[]): FuzzyTerms {
  const byBigram = new Map<string, number[]>();
  vocab.forEach((word, id) => {
    if (word.length < MIN_FUZZY_LENGTH - 1 || /\d/.test(word)) return;
    for (const gram of new Set(bigrams(word))) {
      let list = byBigram.get(gram);
      if (!list) byBigram.set(gram, (list = []));
      list.push(id);
    }
  });

  function typos(word: string, max = 3): FuzzyHit[] {
    if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) return [];
    const edits = allowedEdits(word.length);
    const grams = [...new Set(bigrams(word))];
    const needed = Math.max(1, grams.length - 2 * edits);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of byBigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const hits: FuzzyHit[] = [];
    for (const [id, count] of shared) {
      const candidate = vocab[id]!;
      // Typos rarely hit the first letter, and allowing it doubles the false corrections.
      if (count < needed || candidate === word || candidate[0] !== word[0]) continue;
      const lengthGap = Math.abs(candidate.length - word.length);
      if (lengthGap > edits) continue;
      const result = Fuse.match(word, candidate, FUSE_OPTIONS);
      if (!result.isMatch) continue;
      // Bitap finds the word inside the candidate, so letters the candidate has beyond it are free
      // to Bitap; count them as edits here, or "mail" would equal "mailbox".
      const errors = Math.max(Math.round(result.score * word.length), lengthGap);
      if (errors > edits) continue;
      hits.push({ id, similarity: 1 - errors / Math.max(word.length, candidate.length) });
    }
    return hits.sort((a, b) => b.similarity - a.similarity || a.id - b.id).slice(0, max);
  }

  function completions(prefix: string, max = 3): FuzzyHit[] {
    if (prefix.length < MIN_FUZZY_LENGTH - 1) return [];
    const first = byBigram.get(`^${prefix[0]}`) ?? [];
    const hits: FuzzyHit[] = [];
    for (const id of first) {
      const candidate = vocab[id]!;
      if (candidate.length > prefix.length && candidate.startsWith(prefix)) {
        hits.push({ id, similarity: prefix.length / candidate.length });
      }
    }
    return hits.sort((a, b) => b.similarity - a.similarity || a.id - b.id).slice(0, max);
  }

  return { typos, completions };
}
