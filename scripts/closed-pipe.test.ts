import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs a CLI whose reader closes the pipe before the first line arrives, as `| head` does once it has enough. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('CLIs whose reader goes away', () => {
  it.each([
    ['match', ['scripts/match.ts', 'VPN keeps disconnecting every few minutes']],
    ['eval', ['scripts/eval.ts', '--cases', 'tests/matching/in-scope.jsonl']],
  ])(
    '%s ends quietly with status 0, no EPIPE stack trace',
    async (_name, args) => {
      const { code, stderr } = await runIntoClosedPipe(args);
      expect(stderr).not.toContain('EPIPE');
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
    30_000,
  );
});
