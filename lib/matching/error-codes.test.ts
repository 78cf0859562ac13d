import { describe, expect, it } from 'vitest';
import { fixtureLibrary, matchRunbook } from '../../tests/library/match-fixtures';
import { codeKeys, extractCodes } from './error-codes';
import { createMatcher } from './match';

describe('extractCodes', () => {
  it('finds each kind of code and writes it one way', () => {
    expect(extractCodes('failed 0x800704CF')).toEqual(['0x800704cf']);
    expect(extractCodes('printer 0x11b, again 0x0000011B')).toEqual(['0x0000011b']);
    expect(extractCodes('Office says C004F074')).toEqual(['0xc004f074']);
    expect(extractCodes('AADSTS50105 when opening the app')).toEqual(['aadsts50105']);
    expect(extractCodes('KB5034441 failed')).toEqual(['kb5034441']);
    expect(extractCodes('bsod DRIVER_IRQL_NOT_LESS_OR_EQUAL')).toEqual(['driver_irql_not_less_or_equal']);
    expect(extractCodes('NET::ERR_CERT_AUTHORITY_INVALID')).toEqual(['err_cert_authority_invalid']);
    expect(extractCodes('bounce: 554 5.2.2 mailbox full')).toEqual(['5.2.2']);
    expect(extractCodes('event id 4740 on the DC, ccmsetup error 1603')).toEqual(['4740', '1603']);
    expect(extractCodes('forticlient (-7200)')).toEqual(['7200']);
  });

  it('leaves ordinary numbers, versions-in-words and dates alone', () => {
    expect(extractCodes('vpn cuts out every 10-15 min, 2nd floor, 92% used, 03/04')).toEqual([]);
    expect(extractCodes('cafebabe and deadbeef are words here')).toEqual([]);
    expect(extractCodes('my_file')).toEqual([]);
  });

  it('turns a runbook errorCodes entry into the keys tickets are looked up by', () => {
    expect(codeKeys('event 4740')).toEqual(['4740']);
    expect(codeKeys('552 5.2.2').sort()).toEqual(['5.2.2', '552']);
    expect(codeKeys('809')).toEqual(['809']);
    expect(codeKeys('0x800704CF')).toEqual(['0x800704cf']);
    expect(codeKeys('AttributeValueMustBeUnique')).toEqual(['attributevaluemustbeunique']);
  });
});

describe('error codes in matching', () => {
  const matcher = createMatcher(fixtureLibrary());

  it('offers the runbook an exact code names even when the words point elsewhere', () => {
    // The words point at the (network) printer runbook, the code at the network share runbook:
    // which one wins is the fitted ranker's call; the code's runbook is offered either way.
    const outcome = matcher.match('print jobs fail with 0x800704cf');
    const ids = outcome.results.slice(0, 2).map((r) => r.id);
    expect(ids).toContain('network-path-not-found');
    expect(outcome.results.find((r) => r.id === 'network-path-not-found')?.terms).toContain('0x800704cf');
  });

  it('is confident on a code alone, and on any spelling of it', () => {
    expect(matcher.match('0x800704CF').confident?.id).toBe('network-path-not-found');
    expect(matcher.match('got AADSTS50105').confident?.id).toBe('entra-app-access-blocked');
    expect(matcher.match('error 0x11b when adding it').confident?.id).toBe('printer-not-printing');
  });

  it('does not treat a near-miss code as the code', () => {
    // One hex digit off is a different error, not a typo.
    const outcome = matcher.match('0x800704ce');
    expect(outcome.confident).toBeNull();
    expect(outcome.results.map((r) => r.id)).not.toContain('network-path-not-found');
  });

  it('weighs a code shared by two runbooks less than a code only one names', () => {
    const shared = createMatcher([
      matchRunbook('app-install-failed', 'App Install Failed', ['install failed'], { errorCodes: ['0x80070643'] }),
      matchRunbook('windows-update-failing', 'Windows Update Fails', ['windows update failed'], {
        errorCodes: ['0x80070643'],
      }),
    ]);
    // The code fits both; the words decide.
    expect(shared.match('windows update failed 0x80070643').confident?.id).toBe('windows-update-failing');
    expect(shared.match('0x80070643').confident).toBeNull();
  });
});
