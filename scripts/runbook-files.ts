import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkLibrary, type FileReport, type SourceFile } from '../lib/runbooks/library-checks';

export const RUNBOOK_DIR = join(import.meta.dirname, '..', 'runbooks');

export function catalogIds(dir = RUNBOOK_DIR): string[] {
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as { runbooks: { id: string }[] };
  return catalog.runbooks.map((r) => r.id);
}

export interface LoadedLibrary {
  reports: FileReport[];
  files: string[];
}

/** Reads every runbooks/*.yaml and checks the library as the build and `runbooks:check` see it. */
export function loadLibrary(
  dir = RUNBOOK_DIR,
  { today = new Date().toISOString().slice(0, 10), contentBar = true } = {},
): LoadedLibrary {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const sources: SourceFile[] = [];
  const yamlErrors: FileReport[] = [];
  for (const name of files) {
    const file = `runbooks/${name}`;
    try {
      sources.push({ file, data: parse(readFileSync(join(dir, name), 'utf8'), { prettyErrors: true }) });
    } catch (error) {
      yamlErrors.push({
        file,
        errors: [{ path: '(yaml)', message: `invalid YAML: ${(error as Error).message}` }],
        warnings: [],
      });
    }
  }
  const reports = checkLibrary(sources, {
    // The build only refuses what would break the panel; the catalog and content bar are the linter's.
    ...(contentBar ? { catalogIds: catalogIds(dir) } : {}),
    quality: contentBar,
    fileNamedById: true,
    today,
  });
  return { reports: [...yamlErrors, ...reports], files };
}

export function formatErrors(reports: readonly FileReport[]): string {
  return reports
    .filter((r) => r.errors.length > 0)
    .flatMap((r) => r.errors.map((e) => `${r.file}: ${e.path}: ${e.message}`))
    .join('\n');
}
