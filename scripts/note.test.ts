import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRunbook } from '../tests/library/sample-runbook';

const note = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'note.ts'), ...args], {
    encoding: 'utf8',
  });

/** The sample runbook without its link to a runbook no library has (a pack is checked as a whole). */
function packRunbook(overrides: Parameters<typeof sampleRunbook>[0]) {
  const runbook = sampleRunbook({ related: [], ...overrides });
  runbook.tree.nodes.q3!.options[1] = { label: 'No', outcome: { type: 'resolved', step: 'fix' } };
  return runbook;
}

const packFile = (runbooks: unknown[]): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'note-')), 'pack.json');
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, name: 'Preview', runbooks }));
  return file;
};

describe('npm run note', () => {
  it('prints the note of a pack runbook as each site would receive it, neutralised', () => {
    const runbook = packRunbook({ id: 'acme-vpn', title: 'VPN reset [code]<img src=x>[/code] {code} [a|https://e.x]' });
    runbook.commands![0]!.code = 'echo "a" [/code] {code}';
    const file = packFile([runbook]);
    const args = ['--pack', file, '--runbook', 'acme-vpn', '--command', 'look'];
    const sn = note('--site', 'servicenow', ...args);
    expect(sn.status).toBe(0);
    expect(sn.stdout).toBe(
      'Runbook Lens — VPN reset (code)<img src=x>(/code) {code} [a|https://e.x]: Look\n' +
        '[code]<pre>echo "a" &#91;/code] {code}</pre>[/code]\n',
    );
    const dc = note('--site', 'jira-dc', ...args);
    expect(dc.stdout).toBe(
      'Runbook Lens — VPN reset \\[code\\]<img src=x>\\[/code\\] \\{code\\} \\[a\\|https://e.x\\]: Look\n' +
        '{noformat}\necho "a" [/code] {code}\n{noformat}\n',
    );
    const cloud = note('--site', 'jira-cloud', ...args);
    expect(cloud.stdout).toContain('<pre><code>echo &quot;a&quot; [/code] {code}</code></pre>');
  }, 30_000);

  it('refuses an invalid pack with the reason and a non-zero exit', () => {
    const runbook = packRunbook({ id: 'acme-vpn' });
    runbook.commands![0]!.code = 'echo ok \u202e';
    const result = note(
      '--site',
      'servicenow',
      '--pack',
      packFile([{ ...runbook, title: 42 }]),
      '--runbook',
      'acme-vpn',
      '--command',
      'look',
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Pack refused');
    expect(result.stderr).toContain('runbooks[0].title');
    expect(result.stdout).toBe('');
  }, 30_000);
});
