import { describe, expect, it } from 'vitest';
import { parsePolicy, resolveSettings } from './policy';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { isOrgSite, panelRunsOn, siteSwitches } from './site-switch';

const local: Settings = {
  sites: { servicenow: true, jira: false },
  customHosts: [
    { host: 'jira.acme.com', site: 'jira' },
    { host: 'itsm.acme.com', site: 'servicenow' },
  ],
  panel: { defaultState: 'collapsed', side: 'left' },
  packRefreshHours: 12,
  orgValues: { VPN_GATEWAY: 'vpn.acme.com', SITE_CODE: 'P01' },
  learning: { enabled: true, retentionDays: 90, maxExamples: 1000 },
  orgSites: ['acme.service-now.com'],
};

describe('resolveSettings (managed wins over local)', () => {
  it('with no policy, the local settings stand and nothing is locked', () => {
    const effective = resolveSettings(local, {});
    expect(effective.settings).toEqual(local);
    expect(effective.locks).toEqual({
      sites: { servicenow: false, jira: false },
      panelDefaultState: false,
      panelSide: false,
      packRefreshHours: false,
      orgValues: [],
      learning: { enabled: false, retentionDays: false, maxExamples: false },
      orgSites: false,
    });
    expect(effective.hosts.every((h) => !h.managed)).toBe(true);
    expect(effective.packUrls).toEqual([]);
  });

  it('a value the policy sets replaces the local one and is locked; the others stay the user’s', () => {
    const effective = resolveSettings(local, {
      enabledSites: { jira: true },
      panelSide: 'right',
      packRefreshHours: 24,
    });
    expect(effective.settings.sites).toEqual({ servicenow: true, jira: true });
    expect(effective.locks.sites).toEqual({ servicenow: false, jira: true });
    expect(effective.settings.panel).toEqual({ defaultState: 'collapsed', side: 'right' });
    expect(effective.locks.panelSide).toBe(true);
    expect(effective.locks.panelDefaultState).toBe(false);
    expect(effective.settings.packRefreshHours).toBe(24);
  });

  it('a policy can switch a site off even when the user has it on', () => {
    const effective = resolveSettings(local, { enabledSites: { servicenow: false } });
    expect(effective.settings.sites.servicenow).toBe(false);
    expect(effective.locks.sites.servicenow).toBe(true);
  });

  it('hosts are joined: policy hosts first and locked, its site wins for a host both name', () => {
    const effective = resolveSettings(local, {
      customHosts: [
        { host: 'itsm.acme.com', site: 'jira' },
        { host: 'sn.corp.example', site: 'servicenow' },
      ],
    });
    expect(effective.hosts).toEqual([
      { host: 'itsm.acme.com', site: 'jira', managed: true },
      { host: 'sn.corp.example', site: 'servicenow', managed: true },
      { host: 'jira.acme.com', site: 'jira', managed: false },
    ]);
    expect(effective.settings.customHosts.map((h) => h.host)).toEqual([
      'itsm.acme.com',
      'sn.corp.example',
      'jira.acme.com',
    ]);
  });

  it('policy pack URLs are passed on', () => {
    expect(resolveSettings(local, { packUrls: ['https://kb.acme.com/p.json'] }).packUrls).toEqual([
      'https://kb.acme.com/p.json',
    ]);
  });
});

describe('parsePolicy', () => {
  it('reads a full policy and normalises hosts', () => {
    const { policy, problems } = parsePolicy({
      enabledSites: { servicenow: true, jira: false },
      customHosts: [{ host: 'https://Jira.Acme.com:8443/', site: 'jira' }],
      packUrls: ['https://kb.acme.com/p.yaml', 'https://kb.acme.com/p.yaml'],
      panelDefaultState: 'collapsed',
      panelSide: 'left',
      packRefreshHours: 2,
      orgSites: ['https://ACME.service-now.com/', '*.acme.atlassian.net'],
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      enabledSites: { servicenow: true, jira: false },
      customHosts: [{ host: 'jira.acme.com', site: 'jira' }],
      packUrls: ['https://kb.acme.com/p.yaml'],
      panelDefaultState: 'collapsed',
      panelSide: 'left',
      packRefreshHours: 2,
      orgSites: ['acme.service-now.com', '*.acme.atlassian.net'],
    });
  });

  it('ignores bad fields and entries one by one, and says why', () => {
    const { policy, problems } = parsePolicy({
      enabledSites: { servicenow: false, zendesk: true },
      customHosts: [{ host: 'http://plain.acme.com', site: 'jira' }, { host: 'ok.acme.com', site: 'jira' }, 'x'],
      packUrls: ['http://kb.acme.com/p.json', 'javascript:alert(1)', 'https://kb.acme.com/ok.json'],
      panelSide: 'middle',
      orgSites: ['*.com', 'acme.atlassian.net', 7],
    });
    expect(policy).toEqual({
      enabledSites: { servicenow: false },
      customHosts: [{ host: 'ok.acme.com', site: 'jira' }],
      packUrls: ['https://kb.acme.com/ok.json'],
      orgSites: ['acme.atlassian.net'],
    });
    expect(problems).toEqual([
      'enabledSites.zendesk: unknown site (use servicenow or jira)',
      'customHosts[0].host: Only https:// sites are supported.',
      'customHosts[2]: needs "host" and "site" (servicenow or jira)',
      'packUrls[0]: must be an https:// URL',
      'packUrls[1]: must be an https:// URL',
      'panelSide: must be "right" or "left"',
      'orgSites[0]: Enter a full host name, such as jira.example.com.',
      'orgSites[2]: must be a host name, such as acme.service-now.com',
    ]);
  });

  it('an empty or missing managed area is an empty policy', () => {
    expect(parsePolicy({})).toEqual({ policy: {}, problems: [] });
    expect(parsePolicy(undefined)).toEqual({ policy: {}, problems: [] });
  });
});

describe('readSettings', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ panel: { defaultState: 'collapsed', side: 'left' }, sites: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      panel: { defaultState: 'collapsed', side: 'left' },
    });
  });
});

describe('one reading of sites for every part of the extension', () => {
  it('a policy with valid and invalid site keys: the valid key counts everywhere, the invalid one is named', () => {
    const managed = { enabledSites: { jira: 'yes', servicenow: false } };
    const { policy, problems } = parsePolicy(managed);
    expect(problems).toEqual(['enabledSites.jira: must be true or false']);
    // The panel and options page (resolveSettings) and the every-frame reader (siteSwitches) agree:
    expect(resolveSettings(readSettings(local), policy).settings.sites).toEqual({ servicenow: false, jira: false });
    expect(siteSwitches(local, managed).sites).toEqual({ servicenow: false, jira: false });
    expect(siteSwitches(undefined, managed).sites).toEqual({ servicenow: false, jira: true });
  });

  it('stored settings with valid and invalid site keys keep the valid one', () => {
    expect(readSettings({ sites: { servicenow: false, jira: 'no' } }).sites).toEqual({ servicenow: false, jira: true });
  });
});

describe('organisation values for placeholders', () => {
  it('policy values win name by name and are locked; the user keeps the others', () => {
    const { policy, problems } = parsePolicy({
      orgValues: { VPN_GATEWAY: 'gw.acme.net', TENANT_DOMAIN: 'acme.onmicrosoft.com' },
    });
    expect(problems).toEqual([]);
    const effective = resolveSettings(local, policy);
    expect(effective.settings.orgValues).toEqual({
      VPN_GATEWAY: 'gw.acme.net',
      SITE_CODE: 'P01',
      TENANT_DOMAIN: 'acme.onmicrosoft.com',
    });
    expect(effective.locks.orgValues).toEqual(['VPN_GATEWAY', 'TENANT_DOMAIN']);
  });

  it('names each bad entry and keeps the good ones', () => {
    const { policy, problems } = parsePolicy({
      orgValues: {
        VPN_GATEWAY: 'gw.acme.net',
        'vpn gateway': 'x',
        SITE_CODE: 42,
        PRINT_SERVER: 'a\nb',
        PROXY_HOST: 'p'.repeat(300),
      },
    });
    expect(policy.orgValues).toEqual({ VPN_GATEWAY: 'gw.acme.net' });
    expect(problems).toHaveLength(4);
    expect(problems.join(' ')).toMatch(/vpn gateway.*SITE_CODE.*PRINT_SERVER.*PROXY_HOST/);
  });

  it('stored settings of an older build (no orgValues) read as none set', () => {
    expect(readSettings({ sites: { servicenow: true } }).orgValues).toEqual({});
    expect(readSettings({ orgValues: 'vpn' }).orgValues).toEqual({});
  });
});

describe('siteSwitches (the every-frame reading) agrees with resolveSettings', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['nothing stored', undefined, {}],
    ['local only', local, {}],
    [
      'policy over local',
      local,
      { enabledSites: { jira: true, servicenow: false }, customHosts: [{ host: 'itsm.acme.com', site: 'jira' }] },
    ],
    [
      'bad policy fields are ignored',
      local,
      { enabledSites: { jira: 'yes' }, customHosts: [{ host: 'http://x.acme.com', site: 'jira' }] },
    ],
  ];
  it.each(cases)('%s', (_name, stored, managed) => {
    const full = resolveSettings(readSettings(stored), parsePolicy(managed).policy);
    expect(siteSwitches(stored, managed)).toEqual({
      sites: full.settings.sites,
      hosts: full.hosts.map(({ host, site }) => ({ host, site })),
      orgSites: full.settings.orgSites,
    });
  });
});

describe('learning by policy', () => {
  it('switches learning off and locks retention; bad values are named and ignored', () => {
    const { policy, problems } = parsePolicy({
      learningEnabled: false,
      learningRetentionDays: 30,
      learningMaxExamples: 9000,
    });
    expect(problems).toEqual(['learningMaxExamples: must be a whole number, 1 to 5000']);
    const effective = resolveSettings(readSettings({ learning: { retentionDays: 365, maxExamples: 200 } }), policy);
    expect(effective.settings.learning).toEqual({ enabled: false, retentionDays: 30, maxExamples: 200 });
    expect(effective.locks.learning).toEqual({ enabled: true, retentionDays: true, maxExamples: false });
  });

  it('the user’s learning settings are read key by key, defaults for the rest', () => {
    expect(readSettings({}).learning).toEqual({ enabled: true, retentionDays: 180, maxExamples: 5000 });
    expect(readSettings({ learning: { enabled: 'no', retentionDays: 0, maxExamples: 10 } }).learning).toEqual({
      enabled: true,
      retentionDays: 180,
      maxExamples: 10,
    });
  });
});

describe("the organization's sites", () => {
  it('the policy’s list replaces the user’s and is locked (a user cannot add a foreign tenant to it)', () => {
    const effective = resolveSettings(local, { orgSites: ['*.acme.atlassian.net'] });
    expect(effective.settings.orgSites).toEqual(['*.acme.atlassian.net']);
    expect(effective.locks.orgSites).toBe(true);
    expect(resolveSettings(local, {}).settings.orgSites).toEqual(['acme.service-now.com']);
  });

  it('only they and the custom hosts are the organization’s; the panel runs everywhere while none are set', () => {
    const switches = siteSwitches({ ...local, orgSites: ['acme.service-now.com', '*.acme.atlassian.net'] }, {});
    const org = (hostname: string) => isOrgSite({ hostname }, switches);
    expect(org('acme.service-now.com')).toBe(true);
    expect(org('help.acme.atlassian.net')).toBe(true);
    expect(org('jira.acme.com')).toBe(true);
    expect(org('evil.service-now.com')).toBe(false);
    expect(org('acme.service-now.com.evil.net')).toBe(false);
    expect(panelRunsOn({ hostname: 'evil.service-now.com' }, switches)).toBe(false);
    // Not set: no tenant is the organization's (no packs there), but the panel runs on all of them.
    const unset = siteSwitches({ ...local, orgSites: [] }, {});
    expect(isOrgSite({ hostname: 'acme.service-now.com' }, unset)).toBe(false);
    expect(isOrgSite({ hostname: 'jira.acme.com' }, unset)).toBe(true);
    expect(panelRunsOn({ hostname: 'evil.service-now.com' }, unset)).toBe(true);
  });
});
