import { parse as parseYaml } from 'yaml';
import { PACK_LIMITS } from './pack-schema';

/** One reason a pack is refused: which file, which field (as a path), why. */
export interface PackProblem {
  file: string;
  path: string;
  message: string;
}

export type Parsed = { ok: true; data: unknown } | { ok: false; errors: PackProblem[] };

const fail = (file: string, path: string, message: string): Parsed => ({
  ok: false,
  errors: [{ file, path, message }],
});

/** JSON when the name says so or the text starts like JSON; YAML otherwise (also for `.yaml` JSON-ish text). */
function looksLikeJson(fileName: string, text: string): boolean {
  if (/\.ya?ml$/i.test(fileName)) return false;
  return /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
}

/**
 * Walks the parsed value once, iteratively (no recursion to blow the stack), and finds what the schema
 * would only find after a lot of work or not at all: over-long strings anywhere (ids have no length cap
 * of their own), absurd nesting, absurd size.
 */
export function sizeProblem(data: unknown): { path: string; message: string } | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: data, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > PACK_LIMITS.maxNodes)
      return { path: '(root)', message: `holds more than ${PACK_LIMITS.maxNodes} values` };
    if (typeof value === 'string') {
      if (value.length > PACK_LIMITS.maxStringChars)
        return {
          path: path || '(root)',
          message: `is a string of ${value.length} characters; at most ${PACK_LIMITS.maxStringChars} are allowed`,
        };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= PACK_LIMITS.maxDepth)
      return { path: path || '(root)', message: `is nested deeper than ${PACK_LIMITS.maxDepth} levels` };
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (key.length > PACK_LIMITS.maxStringChars) return { path: path || '(root)', message: 'has an over-long key' };
        stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * Pack file text → plain data, refusing oversized or malformed input before anything else looks at it.
 * `fileName` is what errors name (a file name, or the URL of a subscription).
 */
export function parsePackText(text: string, fileName: string): Parsed {
  if (text.length > PACK_LIMITS.maxChars) {
    const mb = (PACK_LIMITS.maxChars / 1_000_000).toFixed(0);
    return fail(fileName, '(file)', `is ${text.length} characters long; packs are limited to ${mb} MB`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(fileName, '(file)', 'is empty');
  let data: unknown;
  if (looksLikeJson(fileName, body)) {
    try {
      data = JSON.parse(body);
    } catch (error) {
      return fail(fileName, '(json)', `invalid JSON: ${(error as Error).message}`);
    }
  } else {
    try {
      // Core schema: plain data only (no custom tags, no `<<` merges); aliases capped against expansion bombs.
      data = parseYaml(body, {
        schema: 'core',
        maxAliasCount: PACK_LIMITS.maxAliases,
        uniqueKeys: true,
        prettyErrors: true,
      });
    } catch (error) {
      return fail(fileName, '(yaml)', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const problem = sizeProblem(data);
  return problem ? fail(fileName, problem.path, problem.message) : { ok: true, data };
}
