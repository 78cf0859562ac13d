import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { EXTENSION_PAGES_CSP } from '../../wxt.config';
import { SITE_MATCHES } from '../../adapters/site-matches';

// Minimal permissions, pinned: any new permission or host must be added here on purpose, and justified
// in docs/privacy.md's permissions table (checked below, so the two cannot drift apart).

const PERMISSIONS = ['storage', 'scripting', 'alarms'];
const OPTIONAL_HOSTS = ['https://*/*'];
const SITES = [
  'https://*.atlassian.net/*',
  'https://*.jira.com/*',
  'https://*.service-now.com/*',
  'https://*.servicenowservices.com/*',
];

type Manifest = Record<string, unknown>;
type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Manifest;

const manifestOf = (browser: string, manifestVersion: 2 | 3): Manifest =>
  (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });

const OUTPUT = join(import.meta.dirname, '..', '..', '.output');
const built = (dir: string): Manifest | null => {
  const file = join(OUTPUT, dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : null;
};

const privacy = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'privacy.md'), 'utf8');
const permissionsTable = privacy.slice(privacy.indexOf('## Permissions'));

describe('manifest permissions (wxt.config manifest function)', () => {
  it('Chrome MV3: storage, scripting, alarms; no host granted at install; any https host optional', () => {
    const m = manifestOf('chrome', 3);
    expect(m.permissions).toEqual(PERMISSIONS);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
    // A web-accessible file lets any site detect the extension (the panel CSS is bundled instead).
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('Firefox MV2: the optional hosts move to optional_permissions', () => {
    const m = manifestOf('firefox', 2);
    expect(m.permissions).toEqual(PERMISSIONS);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.content_security_policy).toBe(EXTENSION_PAGES_CSP);
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('content scripts run on the four ticket sites only, HTTPS', () => {
    expect([...SITE_MATCHES].sort()).toEqual(SITES);
  });

  it('every permission and host pattern is justified in docs/privacy.md', () => {
    for (const entry of [...PERMISSIONS, ...OPTIONAL_HOSTS, ...SITES, 'optional_host_permissions'])
      expect(permissionsTable, entry).toContain(`\`${entry}\``);
  });
});

// The built manifests, when a build is there (npm run build / build:firefox): WXT adds keys of its own.
describe.each([
  ['chrome-mv3', 3],
  ['firefox-mv2', 2],
] as const)('built manifest .output/%s', (dir, version) => {
  const m = built(dir);
  it.skipIf(!m)('pins permissions, hosts and content-script matches', () => {
    expect(m!.permissions).toEqual(PERMISSIONS);
    expect(m!.host_permissions).toBeUndefined();
    if (version === 3) expect(m!.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    else expect(m!.optional_permissions).toEqual(OPTIONAL_HOSTS);
    const scripts = m!.content_scripts as { matches: string[] }[];
    for (const script of scripts) expect([...script.matches].sort()).toEqual(SITES);
  });

  it.skipIf(!m)('lets extension pages run only their own scripts: no eval, no inline or remote code', () => {
    const csp = m!.content_security_policy as string | { extension_pages: string };
    const policy = typeof csp === 'string' ? csp : csp.extension_pages;
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
    expect(scriptSrc).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
