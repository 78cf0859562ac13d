import { describe, expect, it } from 'vitest';
import { hostCovers, hostPattern, normaliseHost, patternCovers } from './custom-hosts';

describe('normaliseHost', () => {
  it.each([
    ['jira.acme.test', 'jira.acme.test'],
    ['  https://Jira.Acme.com:8443/browse/HELP-7 ', 'jira.acme.com'],
    ['itsm.acme.com.', 'itsm.acme.com'],
    ['*.acme.com', '*.acme.com'],
  ])('%s → %s', (input, host) => {
    expect(normaliseHost(input)).toEqual({ ok: true, host });
  });

  it.each([
    '',
    'http://jira.acme.com',
    'ftp://x.com',
    '*.com',
    'com',
    'bad_host.acme.com',
    'a..b',
    'user@jira.acme.com',
  ])('refuses %j', (input) => {
    expect(normaliseHost(input).ok).toBe(false);
  });
});

describe('patterns', () => {
  it('builds https patterns and matches them as the browser does', () => {
    expect(hostPattern('jira.acme.test')).toBe('https://jira.acme.test/*');
    expect(hostCovers('*.acme.com', 'acme.com')).toBe(true);
    expect(hostCovers('*.acme.com', 'x.y.acme.com')).toBe(true);
    expect(hostCovers('*.acme.com', 'evilacme.com')).toBe(false);
    const url = { protocol: 'https:', hostname: 'dev1.service-now.com' };
    expect(patternCovers('https://*.service-now.com/*', url)).toBe(true);
    expect(patternCovers('https://*.service-now.com/*', { ...url, protocol: 'http:' })).toBe(false);
    expect(patternCovers('https://*.atlassian.net/*', url)).toBe(false);
  });
});
