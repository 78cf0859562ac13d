import { Runbook } from './runbook-schema';
import { checkRunbook, referencedRunbooks, type Problem } from './tree-checks';
import { qualityProblems } from './runbook-quality';
import { isReviewStale } from './review-age';

export interface SourceFile {
  /** Where the runbook came from, as the author knows it: `runbooks/vpn-cannot-connect.yaml`. */
  file: string;
  /** Parsed YAML/JSON, not yet validated. */
  data: unknown;
}

export interface FileReport {
  file: string;
  runbook?: Runbook;
  errors: Problem[];
  warnings: Problem[];
}

export interface LibraryOptions {
  /** Ids the library must hold exactly (the catalog); omit for packs. */
  catalogIds?: readonly string[];
  /** Runbooks that links may point at besides the checked ones (the bundled library, for a pack). */
  knownIds?: readonly string[];
  /** Apply the bundled library's content bar (minimum queries, steps, tree size …). */
  quality?: boolean;
  /** Require the file name to be `<id>.yaml`. */
  fileNamedById?: boolean;
  today: string;
}

export function normaliseQuery(query: string): string {
  return query
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Validates every file on its own and then the library as a whole. Pure: the caller reads files. */
export function checkLibrary(files: readonly SourceFile[], options: LibraryOptions): FileReport[] {
  const reports: FileReport[] = files.map(({ file, data }) => {
    const parsed = Runbook.safeParse(data);
    if (!parsed.success) {
      return {
        file,
        errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
        warnings: [],
      };
    }
    const runbook = parsed.data;
    const errors = checkRunbook(runbook);
    const warnings: Problem[] = [];
    if (options.fileNamedById) {
      const base = file.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/, '');
      if (base !== runbook.id)
        errors.push({ path: 'id', message: `"${runbook.id}" does not match the file name "${base}"` });
    }
    if (runbook.lastReviewed > options.today) {
      errors.push({ path: 'lastReviewed', message: `${runbook.lastReviewed} is in the future` });
    } else if (isReviewStale(runbook.lastReviewed, options.today)) {
      warnings.push({ path: 'lastReviewed', message: `last reviewed ${runbook.lastReviewed}, over 12 months ago` });
    }
    if (options.quality) errors.push(...qualityProblems(runbook));
    return { file, runbook, errors, warnings };
  });

  const valid = reports.filter((r): r is FileReport & { runbook: Runbook } => r.runbook !== undefined);
  const known = new Set([...(options.knownIds ?? []), ...valid.map((r) => r.runbook.id)]);
  const byId = new Map<string, string>();
  const byQuery = new Map<string, string>();
  for (const report of valid) {
    const { runbook } = report;
    const other = byId.get(runbook.id);
    if (other) report.errors.push({ path: 'id', message: `"${runbook.id}" is also the id of ${other}` });
    byId.set(runbook.id, report.file);
    if (options.catalogIds && !options.catalogIds.includes(runbook.id)) {
      report.errors.push({ path: 'id', message: `"${runbook.id}" is not in the catalog` });
    }
    for (const ref of referencedRunbooks(runbook)) {
      if (!known.has(ref.id)) report.errors.push({ path: ref.path, message: `runbook "${ref.id}" does not exist` });
    }
    runbook.relatedQueries.forEach((query, i) => {
      const key = normaliseQuery(query);
      const owner = byQuery.get(key);
      if (owner === runbook.id) {
        report.errors.push({ path: `relatedQueries[${i}]`, message: `"${query}" is listed twice` });
      } else if (owner) {
        report.errors.push({ path: `relatedQueries[${i}]`, message: `"${query}" is also a related query of ${owner}` });
      }
      byQuery.set(key, runbook.id);
    });
  }
  if (options.catalogIds) {
    const present = new Set(valid.map((r) => r.runbook.id));
    const missing = options.catalogIds.filter((id) => !present.has(id));
    if (missing.length > 0) {
      reports.push({
        file: '(catalog)',
        errors: missing.map((id) => ({ path: id, message: 'catalog runbook has no valid file' })),
        warnings: [],
      });
    }
  }
  return reports;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, key) => {
      if (typeof key === 'number') return `${out}[${key}]`;
      return out ? `${out}.${String(key)}` : String(key);
    }, '') || '(root)'
  );
}
