import { checkLibrary, formatPath } from '../runbooks/library-checks';
import { parsePackText, type PackProblem } from './pack-parse';
import { PackEnvelope, type AddedQueries } from './pack-schema';
import type { Runbook } from '../runbooks/runbook-schema';

export type { PackProblem } from './pack-parse';

/** A pack that passed every check: what the preview shows and what gets stored. */
export interface ValidPack {
  name: string;
  version?: string;
  description?: string;
  runbooks: Runbook[];
  /** Related queries added to runbooks of the library or of this pack. */
  queries?: AddedQueries[];
}

export type PackResult =
  | { ok: true; pack: ValidPack; warnings: PackProblem[] }
  | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

export interface PackCheckOptions {
  /** Ids of the bundled library: pack runbooks may link to them and may override them. */
  bundledIds: readonly string[];
  /** YYYY-MM-DD: review dates after it are errors, as in the bundled library. */
  today: string;
}

/** "acme-desk.pack.yaml" → "acme-desk.pack", "https://x/y/acme.json" → "acme": the name of a bare array. */
export function nameFromFile(file: string): string {
  const base = file
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^.*\//, '');
  return base.replace(/\.(json|ya?ml)$/i, '').slice(0, 100) || 'Unnamed pack';
}

/**
 * Checks the runbooks of a pack with the bundled library's own checks (checkLibrary: schema, tree,
 * step and runbook links, duplicate ids and queries), without the bundled content bar. Paths are
 * given from the pack's root: `runbooks[2].tree.start`.
 */
export function checkPackRunbooks(
  runbooks: readonly unknown[],
  file: string,
  options: PackCheckOptions,
): { runbooks: Runbook[]; errors: PackProblem[]; warnings: PackProblem[] } {
  const reports = checkLibrary(
    runbooks.map((data, i) => ({ file: String(i), data })),
    { knownIds: options.bundledIds, quality: false, today: options.today },
  );
  const at = (index: string, path: string): string =>
    path === '(root)' ? `runbooks[${index}]` : `runbooks[${index}]${path.startsWith('[') ? '' : '.'}${path}`;
  const problems = (kind: 'errors' | 'warnings'): PackProblem[] =>
    reports.flatMap((r) => r[kind].map((p) => ({ file, path: at(r.file, p.path), message: p.message })));
  return {
    runbooks: reports.flatMap((r) => (r.runbook ? [r.runbook] : [])),
    errors: problems('errors'),
    warnings: problems('warnings'),
  };
}

/** Already-parsed pack data (object envelope or bare array) → a valid pack or every reason it is not. */
export function validatePackData(data: unknown, file: string, options: PackCheckOptions): PackResult {
  const envelope = Array.isArray(data) ? { schemaVersion: 1, name: nameFromFile(file), runbooks: data } : data;
  const parsed = PackEnvelope.safeParse(envelope);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
    return { ok: false, errors, warnings: [] };
  }
  if (parsed.data.runbooks.length === 0 && parsed.data.queries.length === 0)
    return { ok: false, errors: [{ file, path: 'runbooks', message: 'must hold at least one runbook' }], warnings: [] };
  const { runbooks, errors, warnings } = checkPackRunbooks(parsed.data.runbooks, file, options);
  const known = new Set([...options.bundledIds, ...runbooks.map((r) => r.id)]);
  parsed.data.queries.forEach((q, i) => {
    if (!known.has(q.runbook))
      errors.push({
        file,
        path: `queries[${i}].runbook`,
        message: `no runbook "${q.runbook}" in the library or this pack`,
      });
  });
  if (errors.length > 0) return { ok: false, errors, warnings };
  const { name, version, description, queries } = parsed.data;
  return {
    ok: true,
    pack: {
      name,
      runbooks,
      ...(queries.length ? { queries } : {}),
      ...(version ? { version } : {}),
      ...(description ? { description } : {}),
    },
    warnings,
  };
}

/** Pack file text → a valid pack, or the whole list of errors (nothing is partly accepted). */
export function validatePackText(text: string, file: string, options: PackCheckOptions): PackResult {
  const parsed = parsePackText(text, file);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
  return validatePackData(parsed.data, file, options);
}
