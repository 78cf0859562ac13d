/**
 * A light English suffix stripper, applied identically to runbook text and tickets so that
 * "crashes", "crashing" and "crashed" all meet "crash", and "updates"/"updating" meet "update".
 * Deliberately weaker than Porter: over-stemming merges unrelated IT words (policy/police,
 * printer/print), and a missed inflection is often still caught by the typo channel.
 * The output is a matching key, never shown to anyone.
 */
const VOWEL = /[aeiouy]/;
const KEEP_DOUBLE = new Set(['l', 's', 'z', 'f']);

function undouble(word: string): string {
  const last = word.at(-1);
  if (word.length >= 4 && last !== undefined && last === word.at(-2) && !KEEP_DOUBLE.has(last) && !VOWEL.test(last)) {
    return word.slice(0, -1);
  }
  return word;
}

/** Drops a final silent e ("update", "expire", "drive") so the base meets its -ing/-ed forms. */
function dropFinalE(word: string): string {
  if (word.endsWith('ie') && word.length >= 5) return word.slice(0, -1);
  return word.length >= 5 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

/**
 * Nouns in -ing that are not the verb's action: "monitoring" (a tool that watches servers) is not
 * a "monitor" (a display), a "building" (where the user sits) is not a Windows "build".
 */
const WHOLE_WORDS: Readonly<Record<string, string>> = {
  monitoring: 'monitoring',
  building: 'building',
  buildings: 'building',
};

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  const whole = WHOLE_WORDS[w];
  if (whole !== undefined && Object.hasOwn(WHOLE_WORDS, w)) return whole;

  // Plurals and third person.
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -2);
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|os)$/.test(w)) w = w.slice(0, -1);

  // -ing / -ed, only when a vowel stays in the base ("bring", "need", "speed" stay whole).
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      if (base.length >= 3 && VOWEL.test(base) && !(suffix === 'ed' && base.endsWith('e'))) {
        w = undouble(base);
      }
      break;
    }
  }

  // Adverbs and nouns of action: "frequently" → "frequent", "connection" → "connect".
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ation') && w.length > 7) w = `${w.slice(0, -5)}ate`;
  else if (w.endsWith('ction') && w.length > 6) w = w.slice(0, -3);

  // policy/policies and cookie/cookies: a final consonant + y and a final ie both become i.
  if (/[^aeiou]y$/.test(w) && w.length > 3) w = `${w.slice(0, -1)}i`;
  return dropFinalE(w);
}
