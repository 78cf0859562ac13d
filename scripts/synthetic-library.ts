// Larger libraries for the bench: the real runbooks first, then synthetic ones that recombine the
// real ones' words, so the vocabulary, phrase lengths and word frequencies stay realistic while the
// number of runbooks (and postings per word) grows. Deterministic: the same seed gives the same library.
import type { Runbook } from '../lib/runbooks/runbook-schema';

/** mulberry32: small, fast, good enough to shuffle words reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticLibrary(real: readonly Runbook[], size: number, seed = 46): Runbook[] {
  if (real.length === 0) throw new Error('needs at least one real runbook to recombine');
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = real.flatMap((r) => [r.title, ...r.relatedQueries, ...r.symptoms].flatMap((t) => t.split(/\s+/)));
  // Keep about half of each phrase and swap the rest for words from anywhere in the library.
  const remix = (text: string): string =>
    text
      .split(/\s+/)
      .map((w) => (random() < 0.5 ? w : pick(words)))
      .join(' ');
  const hex = (): string =>
    `0x${Math.floor(random() * 0xffffffff)
      .toString(16)
      .padStart(8, '0')}`;

  const library = real.slice(0, size).map((r) => ({ ...r }));
  for (let i = library.length; i < size; i += 1) {
    const base = pick(real);
    const donor = pick(real);
    library.push({
      ...base,
      id: `${base.id}-syn-${i}`,
      title: remix(base.title),
      relatedQueries: [...base.relatedQueries, ...donor.relatedQueries.slice(0, 4)].map(remix),
      symptoms: base.symptoms.map(remix),
      errorCodes: Array.from({ length: Math.floor(random() * 4) }, hex),
      related: [],
    });
  }
  return library;
}
