import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes an enterprise policy file where a browser reads it (a system folder: root only) and returns
 * what removes it again, with the folders it made while they are empty. While the file exists, every
 * browser on this machine gets the policy: call the remover in `finally`.
 */
export function writePolicyFile(file: string, policy: unknown): () => void {
  let created: string | undefined;
  try {
    created = mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(policy, null, 2));
  } catch (error) {
    throw new Error(
      `Cannot write the policy file ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}): ` +
        'the enterprise policy tests need root. Set RL_SKIP_POLICY_TEST=1 to skip them.',
      { cause: error },
    );
  }
  return () => {
    rmSync(file, { force: true });
    // Only the folders made here, and only while empty (rmdirSync refuses otherwise).
    for (let dir = dirname(file); created && dir.startsWith(created); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  };
}
