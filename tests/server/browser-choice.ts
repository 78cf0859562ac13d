// Which browser binary the demo and the browser tests use, or what to do when there is none: a pure
// decision over facts gathered by browsers.ts, so every branch is unit-tested (tests/unit/browser-choice.test.ts).

export type BrowserKind = 'chromium' | 'firefox';

export interface BrowserFacts {
  kind: BrowserKind;
  /** CHROMIUM_PATH / FIREFOX_PATH, when set. */
  envPath: string | undefined;
  exists: (path: string) => boolean;
  platform: NodeJS.Platform;
  /** /etc/os-release's text, or '' where there is none. */
  osRelease: string;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type BrowserChoice =
  | { action: 'found'; path: string }
  | { action: 'install'; packages: string[]; announce: string }
  | { action: 'explain'; message: string };

export const ENV_VAR: Record<BrowserKind, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };
const NAME: Record<BrowserKind, string> = { chromium: 'Chromium or Chrome', firefox: 'Firefox ESR' };

/** Where the usual packages put the binary, the one the tests were written against first. */
export const USUAL_PATHS: Record<BrowserKind, string[]> = {
  chromium: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
};

/** The apt packages .ci/run installs for each browser (fonts and openssl ride along, as there). */
const APT_PACKAGES: Record<BrowserKind, Record<'debian' | 'ubuntu', string>> = {
  chromium: { debian: 'chromium', ubuntu: 'chromium' },
  firefox: { debian: 'firefox-esr', ubuntu: 'firefox' },
};

/** 'debian' / 'ubuntu' (also their derivatives, by ID_LIKE), or null. */
export function aptDistribution(osRelease: string): 'debian' | 'ubuntu' | null {
  const field = (name: string): string[] =>
    (new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '').toLowerCase().split(/\s+/);
  const ids = [...field('ID'), ...field('ID_LIKE')];
  if (ids.includes('ubuntu')) return 'ubuntu';
  return ids.includes('debian') ? 'debian' : null;
}

export function chooseBrowser(facts: BrowserFacts): BrowserChoice {
  const { kind } = facts;
  const envVar = ENV_VAR[kind];
  if (facts.envPath) {
    return facts.exists(facts.envPath)
      ? { action: 'found', path: facts.envPath }
      : {
          action: 'explain',
          message: `${envVar}=${facts.envPath} does not exist: point it at a ${NAME[kind]} binary, or unset it.`,
        };
  }
  const found = USUAL_PATHS[kind].find((path) => facts.exists(path));
  if (found) return { action: 'found', path: found };

  const distribution = facts.platform === 'linux' ? aptDistribution(facts.osRelease) : null;
  const pkg = distribution && APT_PACKAGES[kind][distribution];
  if (pkg && facts.isRoot && facts.hasAptGet) {
    return {
      action: 'install',
      packages: [pkg, 'fonts-liberation', 'openssl'],
      announce: `No ${NAME[kind]} found: installing ${pkg} with apt-get, as .ci/run does.`,
    };
  }
  const how = pkg
    ? `sudo apt-get install --no-install-recommends ${pkg}`
    : facts.platform === 'darwin'
      ? kind === 'chromium'
        ? 'install Google Chrome from https://www.google.com/chrome/'
        : 'install Firefox ESR from https://www.mozilla.org/firefox/enterprise/'
      : `install ${kind === 'chromium' ? 'chromium' : 'firefox-esr'} with your package manager`;
  return { action: 'explain', message: `No ${NAME[kind]} found: ${how}, or set ${envVar} to its binary.` };
}
