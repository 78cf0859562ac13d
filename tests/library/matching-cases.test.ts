import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogIds } from '../../scripts/runbook-files';

// The team's labelled ticket sets (tests/matching/*.jsonl) feed `npm run fit` and `npm run eval`:
// a typo in an id or a broken line would silently fit the model to a wrong answer.
const casesDir = join(import.meta.dirname, '..', 'matching');
const ids = new Set(catalogIds());

interface LabelledCase {
  text: string;
  expect: string[];
  voice?: string;
}

function readSet(file: string): { line: number; kase: LabelledCase }[] {
  return readFileSync(join(casesDir, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => ({ line, kase: JSON.parse(text) as LabelledCase }));
}

const sets = readdirSync(casesDir).filter((f) => f.endsWith('.jsonl'));

describe.each(sets)('tests/matching/%s', (file) => {
  const rows = readSet(file);

  it('has a ticket text and at most two known runbook ids on every line', () => {
    const bad = rows.filter(
      ({ kase }) =>
        typeof kase.text !== 'string' ||
        kase.text.trim() === '' ||
        !Array.isArray(kase.expect) ||
        kase.expect.length > 2 ||
        kase.expect.some((id) => !ids.has(id)),
    );
    expect(bad.map(({ line, kase }) => `${file}:${line} ${JSON.stringify(kase.expect)}`)).toEqual([]);
  });

  it('has no ticket twice', () => {
    const seen = new Map<string, number>();
    const repeats: string[] = [];
    for (const { line, kase } of rows) {
      const key = kase.text.trim().toLowerCase();
      if (seen.has(key)) repeats.push(`${file}:${line} repeats line ${seen.get(key)}`);
      else seen.set(key, line);
    }
    expect(repeats).toEqual([]);
  });
});

describe('tests/matching/voices.jsonl, the many-voices set', () => {
  const cases = readSet('voices.jsonl').map(({ kase }) => kase);
  const inScope = cases.filter((c) => c.expect.length > 0);
  const outOfScope = cases.filter((c) => c.expect.length === 0);

  it('has one ticket per voice for every runbook in the library', () => {
    const perRunbook = new Map<string, string[]>();
    for (const c of inScope) {
      const primary = c.expect[0]!;
      perRunbook.set(primary, [...(perRunbook.get(primary) ?? []), c.voice ?? '(none)']);
    }
    const timing = (v: string) => (v === 'intermittent' || v === 'never' ? 'timing' : v);
    const wanted = ['error', 'foreign', 'long', 'noisy', 'terse', 'timing', 'user', 'vendor'];
    const wrong = [...ids].filter((id) => {
      const voices = (perRunbook.get(id) ?? []).map(timing).sort();
      return JSON.stringify(voices) !== JSON.stringify(wanted);
    });
    expect(wrong).toEqual([]);
    expect(inScope).toHaveLength(ids.size * 8);
  });

  it('has about two hundred tickets no runbook fits, in several voices', () => {
    expect(outOfScope.length).toBeGreaterThanOrEqual(200);
    const voices = new Set(outOfScope.map((c) => c.voice));
    for (const voice of ['request', 'other-problem', 'content-free', 'near-miss', 'foreign', 'noisy']) {
      expect(voices, voice).toContain(voice);
    }
  });
});
