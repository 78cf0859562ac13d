import { describe, expect, it } from 'vitest';
import { aptDistribution, chooseBrowser, type BrowserFacts } from '../server/browser-choice';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

const facts = (over: Partial<BrowserFacts> & { present?: string[] }): BrowserFacts => ({
  kind: 'chromium',
  envPath: undefined,
  exists: (path) => (over.present ?? []).includes(path),
  platform: 'linux',
  osRelease: DEBIAN,
  isRoot: false,
  hasAptGet: true,
  ...over,
});

describe('chooseBrowser: found', () => {
  it('takes Debian’s Chromium where it is', () => {
    expect(chooseBrowser(facts({ present: ['/usr/bin/chromium'] }))).toEqual({
      action: 'found',
      path: '/usr/bin/chromium',
    });
  });
  it('finds Google Chrome when there is no Chromium', () => {
    expect(chooseBrowser(facts({ present: ['/usr/bin/google-chrome-stable'] }))).toEqual({
      action: 'found',
      path: '/usr/bin/google-chrome-stable',
    });
  });
  it('prefers CHROMIUM_PATH over the usual places', () => {
    const choice = chooseBrowser(facts({ envPath: '/opt/c/chrome', present: ['/opt/c/chrome', '/usr/bin/chromium'] }));
    expect(choice).toEqual({ action: 'found', path: '/opt/c/chrome' });
  });
  it('finds Firefox ESR, else Firefox', () => {
    expect(chooseBrowser(facts({ kind: 'firefox', present: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] }))).toEqual({
      action: 'found',
      path: '/usr/bin/firefox-esr',
    });
    expect(chooseBrowser(facts({ kind: 'firefox', present: ['/usr/bin/firefox'] }))).toEqual({
      action: 'found',
      path: '/usr/bin/firefox',
    });
  });
});

describe('chooseBrowser: install', () => {
  it('installs chromium with apt-get on Debian as root, as .ci/run does, and says so', () => {
    const choice = chooseBrowser(facts({ isRoot: true }));
    expect(choice).toEqual({
      action: 'install',
      packages: ['chromium', 'fonts-liberation', 'openssl'],
      announce: 'No Chromium or Chrome found: installing chromium with apt-get, as .ci/run does.',
    });
  });
  it('installs firefox-esr on Debian, Ubuntu’s firefox on Ubuntu and its derivatives', () => {
    const pkg = (osRelease: string) => {
      const choice = chooseBrowser(facts({ kind: 'firefox', isRoot: true, osRelease }));
      return choice.action === 'install' ? choice.packages[0] : choice.action;
    };
    expect([pkg(DEBIAN), pkg(UBUNTU), pkg(MINT)]).toEqual(['firefox-esr', 'firefox', 'firefox']);
  });
});

describe('chooseBrowser: explain', () => {
  it('Debian without root: the one apt-get command to run', () => {
    expect(chooseBrowser(facts({}))).toEqual({
      action: 'explain',
      message:
        'No Chromium or Chrome found: sudo apt-get install --no-install-recommends chromium, or set CHROMIUM_PATH to its binary.',
    });
  });
  it('a CHROMIUM_PATH that does not exist is named, never silently replaced', () => {
    const choice = chooseBrowser(facts({ envPath: '/nope/chrome', isRoot: true, present: ['/usr/bin/chromium'] }));
    expect(choice).toEqual({
      action: 'explain',
      message: 'CHROMIUM_PATH=/nope/chrome does not exist: point it at a Chromium or Chrome binary, or unset it.',
    });
  });
  it('never installs where it cannot: another distribution, no apt-get, macOS', () => {
    const fedora = chooseBrowser(facts({ osRelease: FEDORA, isRoot: true }));
    const noApt = chooseBrowser(facts({ isRoot: true, hasAptGet: false }));
    const mac = chooseBrowser(facts({ kind: 'firefox', platform: 'darwin', osRelease: '', isRoot: true }));
    expect([fedora.action, noApt.action, mac.action]).toEqual(['explain', 'explain', 'explain']);
    expect(fedora).toMatchObject({ message: expect.stringContaining('install chromium with your package manager') });
    expect(mac).toMatchObject({ message: expect.stringContaining('FIREFOX_PATH') });
    for (const choice of [fedora, noApt, mac])
      expect(choice).toMatchObject({ message: expect.not.stringContaining('\n') });
  });
});

describe('aptDistribution', () => {
  it('reads ID and ID_LIKE', () => {
    expect([DEBIAN, UBUNTU, MINT, FEDORA, ''].map(aptDistribution)).toEqual(['debian', 'ubuntu', 'ubuntu', null, null]);
  });
});
