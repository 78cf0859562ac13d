// The browser binary for the demo, the Playwright configs (global setup) and both launchers: found, else
// installed where .ci/run would install it, else one line saying what to install, and a non-zero exit.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chooseBrowser, ENV_VAR, type BrowserFacts, type BrowserKind } from './browser-choice';

function facts(kind: BrowserKind): BrowserFacts {
  const read = (path: string): string => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    kind,
    envPath: process.env[ENV_VAR[kind]] || undefined,
    exists: existsSync,
    platform: process.platform,
    osRelease: read('/etc/os-release'),
    isRoot: process.getuid?.() === 0,
    hasAptGet: spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  };
}

/** The binary's path, or an Error whose message says what to install (launchers in test workers). */
export function browserPath(kind: BrowserKind): string {
  const choice = chooseBrowser(facts(kind));
  if (choice.action === 'found') return choice.path;
  throw new Error(choice.action === 'explain' ? choice.message : choice.announce.replace(': installing', ':'));
}

function aptInstall(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]): boolean => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

/**
 * For entry points (demo, Playwright global setup): the browser's path, installing it first when this is
 * a Debian/Ubuntu machine run as root. Otherwise prints one line and exits non-zero: no stack trace.
 */
export function ensureBrowser(kind: BrowserKind): string {
  const choice = chooseBrowser(facts(kind));
  if (choice.action === 'found') return choice.path;
  if (choice.action === 'install') {
    console.error(choice.announce);
    const installed = aptInstall(choice.packages) && chooseBrowser(facts(kind));
    if (installed && installed.action === 'found') return installed.path;
    console.error(`apt-get could not install ${choice.packages[0]}: see its output above.`);
  } else {
    console.error(choice.message);
  }
  process.exit(1);
}
