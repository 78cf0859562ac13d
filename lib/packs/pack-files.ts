import { checkLibrary, formatPath } from '../runbooks/library-checks';
import { parsePackText, type PackProblem } from './pack-parse';
import { PACK_LIMITS, PackEnvelope } from './pack-schema';
import { nameFromFile, type PackCheckOptions, type PackResult } from './pack-validate';

/** One file of a folder or ZIP pack, by its path inside it. */
export interface PackFile {
  path: string;
  text: string;
}

/** The optional file that names the pack: `pack.yaml` (or .yml/.json) beside the runbook files. */
const META = /^pack\.(ya?ml|json)$/i;
const RUNBOOK_FILE = /\.(ya?ml|json)$/i;
/** What a folder or ZIP made on a Mac or by an editor carries besides the runbooks. */
const SKIPPED = /(^|\/)(\.|__MACOSX\/)/;

const baseName = (path: string): string => path.replace(/^.*\//, '');
const PackMeta = PackEnvelope.omit({ runbooks: true, queries: true }).partial({ schemaVersion: true, name: true });

/** Does this path in a folder or ZIP take part: a runbook file or the optional pack.yaml, not hidden? */
export function isPackFilePath(path: string): boolean {
  return !SKIPPED.test(path) && RUNBOOK_FILE.test(path);
}

/**
 * A folder or ZIP of runbook files (one runbook per file, as in the bundled runbooks/ folder, plus an
 * optional pack.yaml with name / version / description) → one pack, checked like a pack file: every
 * problem is reported against the file it is in, and one bad file refuses the whole pack.
 */
export function validatePackFiles(all: readonly PackFile[], label: string, options: PackCheckOptions): PackResult {
  const files = all.filter((f) => isPackFilePath(f.path));
  const refuse = (path: string, message: string): PackResult => ({
    ok: false,
    errors: [{ file: label, path, message }],
    warnings: [],
  });
  const size = files.reduce((sum, f) => sum + f.text.length, 0);
  if (size > PACK_LIMITS.maxChars)
    return refuse('(files)', `hold ${size} characters; packs are limited to ${PACK_LIMITS.maxChars / 1_000_000} MB`);
  const metaFiles = files.filter((f) => META.test(baseName(f.path)));
  const runbookFiles = files.filter((f) => !metaFiles.includes(f));
  if (runbookFiles.length === 0) return refuse('(files)', 'holds no .yaml, .yml or .json runbook files');
  if (runbookFiles.length > PACK_LIMITS.maxRunbooks)
    return refuse('(files)', `holds more than ${PACK_LIMITS.maxRunbooks} runbooks`);
  if (metaFiles.length > 1) return refuse('(files)', `has ${metaFiles.length} pack files; keep one pack.yaml`);

  const errors: PackProblem[] = [];
  let meta: { name?: string; version?: string; description?: string } = {};
  if (metaFiles[0]) {
    const { path, text } = metaFiles[0];
    const parsed = parsePackText(text, path);
    const checked = parsed.ok ? PackMeta.safeParse(parsed.data) : null;
    if (!parsed.ok) errors.push(...parsed.errors);
    else if (!checked?.success)
      errors.push(
        ...(checked?.error.issues ?? []).map((i) => ({ file: path, path: formatPath(i.path), message: i.message })),
      );
    else meta = checked.data;
  }
  const sources = runbookFiles.flatMap(({ path, text }) => {
    const parsed = parsePackText(text, path);
    if (!parsed.ok) errors.push(...parsed.errors);
    return parsed.ok ? [{ file: path, data: parsed.data }] : [];
  });
  const reports = checkLibrary(sources, { knownIds: options.bundledIds, quality: false, today: options.today });
  const problems = (kind: 'errors' | 'warnings'): PackProblem[] =>
    reports.flatMap((r) => r[kind].map((p) => ({ file: r.file, path: p.path, message: p.message })));
  errors.push(...problems('errors'));
  const warnings = problems('warnings');
  if (errors.length > 0) return { ok: false, errors, warnings };
  const { version, description } = meta;
  return {
    ok: true,
    pack: {
      name: meta.name ?? nameFromFile(label.replace(/\.zip$/i, '')),
      runbooks: reports.flatMap((r) => (r.runbook ? [r.runbook] : [])),
      ...(version ? { version } : {}),
      ...(description ? { description } : {}),
    },
    warnings,
  };
}
