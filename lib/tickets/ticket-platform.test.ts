import { describe, expect, it } from 'vitest';
import { inferTicketPlatform, showsFor } from './ticket-platform';

describe('inferTicketPlatform', () => {
  it.each([
    ['VPN keeps dropping on my MacBook Pro', 'macos'],
    ['Cannot connect to VPN from Mac', 'macos'],
    ['macOS Sonoma keychain prompts', 'macos'],
    ['Outlook on iPhone not syncing', 'macos'],
    ['VPN not connecting on Windows 11 laptop', 'windows'],
    ['My PC is slow since the update', 'windows'],
    ['Surface Pro will not dock', 'windows'],
  ])('reads the platform named in the summary: %s', (summary, platform) => {
    expect(inferTicketPlatform(summary)).toBe(platform);
  });

  it('falls back to the description when the summary names none', () => {
    expect(inferTicketPlatform('VPN cannot connect', 'User is on a MacBook Air, macOS 14.')).toBe('macos');
    expect(inferTicketPlatform('VPN cannot connect', 'Dell laptop running Windows 11')).toBe('windows');
  });

  it('lets the summary win over the description', () => {
    expect(inferTicketPlatform('VPN fails on Mac', 'Tried from a Windows PC as well')).toBe('macos');
  });

  it('gives no answer when the text names none or both', () => {
    expect(inferTicketPlatform('VPN cannot connect', 'since this morning')).toBeNull();
    expect(inferTicketPlatform('VPN fails on both Mac and Windows')).toBeNull();
    expect(inferTicketPlatform('', '')).toBeNull();
  });

  it('does not read platform names inside other words', () => {
    // "machine", "pcap", "windowsill", "emacs" name no platform.
    expect(inferTicketPlatform('machine slow, pcap attached, emacs crashes near the windowsill')).toBeNull();
  });

  it('stays quick and sane on hostile text', () => {
    const long = 'x'.repeat(100_000) + ' mac';
    const started = performance.now();
    expect(inferTicketPlatform('<script>alert(1)</script>', long)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('showsFor', () => {
  it('shows one platform, or all under both', () => {
    expect(showsFor('windows', 'windows')).toBe(true);
    expect(showsFor('macos', 'windows')).toBe(false);
    expect(showsFor('linux', 'macos')).toBe(false);
    expect(showsFor('linux', 'both')).toBe(true);
  });
});
