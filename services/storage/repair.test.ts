import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { MEMORY_TTL_MS } from '../../lib/tickets/ticket-memory';
import { ALL_KEYS, feedbackMemory, localSettings, packsItem, panelPrefs, storageNotice, triageMemory } from './items';
import { repairStorage } from './repair';

// Every stored key, four cases each: a wrong shape, an older build's shape, a half-written value, and a
// valid value (left byte-for-byte alone). Broken parts are reset and named once; valid parts survive.

const NOW = Date.now();
const pack = (name: string, extra: Record<string, unknown> = {}) => ({
  id: `file:${name}`,
  name,
  enabled: true,
  installedAt: NOW - 1000,
  updatedAt: NOW - 1000,
  source: { kind: 'file', fileName: `${name}.json` },
  runbooks: [sampleRunbook({ id: `${name.toLowerCase()}-runbook` })],
  ...extra,
});
const settings = {
  sites: { servicenow: false, jira: true },
  customHosts: [{ host: 'jira.example.com', site: 'jira' }],
  panel: { defaultState: 'collapsed', side: 'left' },
  packRefreshHours: 12,
  orgValues: { VPN_GATEWAY: 'vpn.example.net' },
  learning: { enabled: false, retentionDays: 30, maxExamples: 100 },
  orgSites: ['acme.service-now.com'],
};
const fresh = NOW - 1000;
const example = (ticket: string) => ({
  origin: 'https://acme.service-now.com',
  ticket,
  terms: ['vpn', 'drops'],
  runbook: 'vpn-drops-frequently',
  negative: false,
  at: fresh,
});
const trail = (ticket: string) => ({
  origin: 'https://acme.service-now.com',
  ticket,
  terms: ['kronos'],
  shown: null,
  picked: null,
  at: fresh,
});

interface Case {
  valid: unknown;
  wrongShape: { raw: unknown; repaired: unknown };
  older: { raw: unknown; repaired: unknown };
  halfWritten: { raw: unknown; repaired: unknown };
}

const CASES: Record<(typeof ALL_KEYS)[number], Case> = {
  panelPrefs: {
    valid: { width: 520, collapsed: true, platform: 'macos' },
    wrongShape: { raw: 'wide', repaired: { width: 400, collapsed: null, platform: 'both' } },
    // Before the toggle and platform were remembered: neither stored; the width the agent chose stays.
    older: { raw: { width: 520 }, repaired: { width: 520, collapsed: null, platform: 'both' } },
    halfWritten: {
      raw: { width: '5', collapsed: false, platform: 'linux' },
      repaired: { width: 400, collapsed: false, platform: 'both' },
    },
  },
  sections: {
    valid: { 'https://acme.service-now.com|INC1': { value: 'commands', at: fresh } },
    wrongShape: { raw: 'commands', repaired: {} },
    older: {
      raw: {
        'https://acme.service-now.com|INC1': { value: 'steps', at: fresh },
        'https://acme.service-now.com|INC0': { value: 'about', at: NOW - MEMORY_TTL_MS - 1 },
      },
      repaired: { 'https://acme.service-now.com|INC1': { value: 'steps', at: fresh } },
    },
    halfWritten: {
      raw: {
        'https://acme.service-now.com|INC1': { value: 'steps', at: fresh },
        'https://acme.service-now.com|INC2': { value: 'overview', at: fresh },
      },
      repaired: { 'https://acme.service-now.com|INC1': { value: 'steps', at: fresh } },
    },
  },
  triage: {
    valid: { 'INC1|vpn': { value: [{ node: 'q1', option: 0 }], at: fresh } },
    wrongShape: { raw: [1, 2, 3], repaired: {} },
    // Unbounded memory of an older build: expired entries go, silently.
    older: {
      raw: {
        'INC1|vpn': { value: [{ node: 'q1', option: 1 }], at: fresh },
        'INC0|vpn': { value: [], at: NOW - MEMORY_TTL_MS - 1 },
      },
      repaired: { 'INC1|vpn': { value: [{ node: 'q1', option: 1 }], at: fresh } },
    },
    halfWritten: {
      raw: { 'INC1|vpn': { value: [{ node: 'q1', option: 0 }], at: fresh }, 'INC2|vpn': { value: [{ node: 'q1' }] } },
      repaired: { 'INC1|vpn': { value: [{ node: 'q1', option: 0 }], at: fresh } },
    },
  },
  feedback: {
    valid: { 'vpn|INC1': { value: 'yes', at: fresh } },
    wrongShape: { raw: 42, repaired: {} },
    older: {
      raw: { 'vpn|INC1': { value: 'no', at: fresh }, 'vpn|INC0': { value: 'yes', at: 0 } },
      repaired: { 'vpn|INC1': { value: 'no', at: fresh } },
    },
    halfWritten: {
      raw: { 'vpn|INC1': { value: 'no', at: fresh }, 'vpn|INC2': { value: 'maybe', at: fresh } },
      repaired: { 'vpn|INC1': { value: 'no', at: fresh } },
    },
  },
  learned: {
    valid: [example('INC1'), example('INC2')],
    wrongShape: { raw: { INC1: 'vpn' }, repaired: [] },
    older: { raw: [], repaired: [] },
    halfWritten: { raw: [example('INC1'), { ...example('INC2'), terms: 'vpn' }], repaired: [example('INC1')] },
  },
  gaps: {
    valid: [trail('INC1')],
    wrongShape: { raw: 'gaps', repaired: [] },
    older: { raw: [], repaired: [] },
    halfWritten: { raw: [trail('INC1'), { ...trail('INC2'), shown: 7 }], repaired: [trail('INC1')] },
  },
  settings: {
    valid: settings,
    wrongShape: { raw: ['servicenow'], repaired: DEFAULT_SETTINGS },
    // An older build: no panel or refresh settings yet, and a field since removed.
    older: {
      raw: { sites: settings.sites, customHosts: settings.customHosts, theme: 'dark' },
      repaired: { ...DEFAULT_SETTINGS, sites: settings.sites, customHosts: settings.customHosts },
    },
    halfWritten: {
      // Key by key: the valid site keeps the user's choice, the broken one takes its default.
      raw: { ...settings, sites: { servicenow: false, jira: 'yes' }, panel: { defaultState: 'coll' } },
      repaired: { ...settings, sites: { servicenow: false, jira: true }, panel: DEFAULT_SETTINGS.panel },
    },
  },
  packs: {
    valid: [pack('Acme'), pack('Beta')],
    wrongShape: { raw: { name: 'Acme' }, repaired: [] },
    // Packs could not be switched off in an older build: no `enabled`.
    older: {
      raw: [(({ enabled: _, ...rest }) => rest)(pack('Acme'))],
      repaired: [pack('Acme')],
    },
    // One pack cut off mid-write among valid ones: only it goes.
    halfWritten: {
      raw: [pack('Acme'), (({ runbooks: _, source: __, ...rest }) => rest)(pack('Broken')), pack('Beta')],
      repaired: [pack('Acme'), pack('Beta')],
    },
  },
  storageNotice: {
    valid: ['settings: custom hosts'],
    wrongShape: { raw: 'oops', repaired: [] },
    older: { raw: ['a', 7, 'b'], repaired: ['a', 'b'] },
    halfWritten: { raw: ['a', null], repaired: ['a'] },
  },
};

const noticeOf = async () => ((await browser.storage.local.get('storageNotice')).storageNotice ?? []) as string[];

beforeEach(() => fakeBrowser.reset());

describe('repairStorage: every stored key', () => {
  it('covers every key the extension stores', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ALL_KEYS].sort());
  });

  describe.each(ALL_KEYS)('%s', (key) => {
    const c = CASES[key];

    it('valid: untouched, nothing reported', async () => {
      await browser.storage.local.set({ [key]: c.valid });
      const before = JSON.stringify((await browser.storage.local.get(key))[key]);
      expect(await repairStorage(ALL_KEYS, NOW)).toEqual([]);
      expect(JSON.stringify((await browser.storage.local.get(key))[key])).toBe(before);
      expect(await noticeOf()).toEqual(key === 'storageNotice' ? c.valid : []);
    });

    it('wrong shape: reset and reported once', async () => {
      await browser.storage.local.set({ [key]: c.wrongShape.raw });
      const problems = await repairStorage(ALL_KEYS, NOW);
      expect((await browser.storage.local.get(key))[key]).toEqual(c.wrongShape.repaired);
      if (key === 'storageNotice') return;
      expect(problems).toHaveLength(1);
      expect(await noticeOf()).toEqual(problems);
      // Repaired means valid: a second run finds nothing and the notice does not grow.
      expect(await repairStorage(ALL_KEYS, NOW)).toEqual([]);
      expect(await noticeOf()).toEqual(problems);
    });

    it('older version: converted silently, the user’s choices kept', async () => {
      await browser.storage.local.set({ [key]: c.older.raw });
      expect(await repairStorage(ALL_KEYS, NOW)).toEqual([]);
      expect((await browser.storage.local.get(key))[key]).toEqual(c.older.repaired);
    });

    it('half-written: only the broken part is reset, and named', async () => {
      await browser.storage.local.set({ [key]: c.halfWritten.raw });
      const problems = await repairStorage(ALL_KEYS, NOW);
      expect((await browser.storage.local.get(key))[key]).toEqual(c.halfWritten.repaired);
      if (key !== 'storageNotice') expect(problems).toHaveLength(1);
    });
  });

  it('names what was lost: the broken pack by name, the settings fields in words', async () => {
    await browser.storage.local.set({
      packs: CASES.packs.halfWritten.raw,
      settings: CASES.settings.halfWritten.raw,
      triage: CASES.triage.halfWritten.raw,
    });
    expect(await repairStorage(ALL_KEYS, NOW)).toEqual([
      'decision-tree answers (1 unreadable entry)',
      'settings: sites switched on, panel default state and side',
      'runbook pack “Broken” (unreadable, removed)',
    ]);
  });

  it('the storage items read a broken value as a usable one (the panel never sees the wrong shape)', async () => {
    await browser.storage.local.set({
      panelPrefs: CASES.panelPrefs.wrongShape.raw,
      triage: CASES.triage.halfWritten.raw,
      feedback: CASES.feedback.wrongShape.raw,
      storageNotice: CASES.storageNotice.wrongShape.raw,
    });
    expect(await panelPrefs.getValue()).toEqual({ width: 400, collapsed: null, platform: 'both' });
    expect(Object.keys(await triageMemory.getValue())).toEqual(['INC1|vpn']);
    expect(await feedbackMemory.getValue()).toEqual({});
    expect(await storageNotice.getValue()).toEqual([]);
    // Settings and packs are checked by their readers (readSettings, readPacks / packLayers).
    expect(await localSettings.getValue()).toBeDefined();
    expect(await packsItem.getValue()).toBeDefined();
  });
});
