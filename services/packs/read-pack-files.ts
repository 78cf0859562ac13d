import { unzipSync } from 'fflate';
import type { PackProblem } from '../../lib/packs/pack-parse';
import { isPackFilePath, type PackFile } from '../../lib/packs/pack-files';
import { PACK_LIMITS } from '../../lib/packs/pack-schema';

export type ReadFiles = { ok: true; files: PackFile[] } | { ok: false; errors: PackProblem[] };

const decoder = new TextDecoder();

/**
 * The runbook files inside a ZIP. Sizes are checked from the archive's directory before anything is
 * inflated, so a ZIP bomb is refused without unpacking it.
 */
export function filesFromZip(bytes: Uint8Array, label: string): ReadFiles {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (!isPackFilePath(entry.name)) return false;
        declared += entry.originalSize;
        return declared <= PACK_LIMITS.maxChars;
      },
    });
  } catch (error) {
    return {
      ok: false,
      errors: [{ file: label, path: '(zip)', message: `not a readable ZIP: ${(error as Error).message}` }],
    };
  }
  if (declared > PACK_LIMITS.maxChars)
    return {
      ok: false,
      errors: [{ file: label, path: '(zip)', message: `unpacks to more than ${PACK_LIMITS.maxChars / 1_000_000} MB` }],
    };
  const files = Object.entries(entries).map(([path, data]) => ({ path, text: decoder.decode(data) }));
  return { ok: true, files };
}

/** The runbook files of a folder the user picked (`<input webkitdirectory>`), by their path in it. */
export async function filesFromFolder(list: readonly File[]): Promise<ReadFiles> {
  const named = list.map((file) => ({ file, path: file.webkitRelativePath || file.name }));
  // The folder's own name is the first path segment: paths are given inside it.
  const wanted = named
    .map(({ file, path }) => ({ file, path: path.replace(/^[^/]*\//, '') }))
    .filter(({ path }) => isPackFilePath(path));
  const size = wanted.reduce((sum, { file }) => sum + file.size, 0);
  if (size > PACK_LIMITS.maxChars)
    return {
      ok: false,
      errors: [
        { file: folderName(list), path: '(files)', message: `hold more than ${PACK_LIMITS.maxChars / 1_000_000} MB` },
      ],
    };
  return {
    ok: true,
    files: await Promise.all(wanted.map(async ({ file, path }) => ({ path, text: await file.text() }))),
  };
}

/** "Acme runbooks/vpn.yaml" → "Acme runbooks". */
export function folderName(list: readonly File[]): string {
  return list[0]?.webkitRelativePath.split('/')[0] || 'folder';
}
