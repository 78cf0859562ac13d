import { describe, expect, it } from 'vitest';
import { isQuotedIn, unsafeValueReason } from './placeholder-safety';

describe('unsafeValueReason', () => {
  it('accepts the values agents type: addresses, host names, codes, share paths', () => {
    expect(unsafeValueReason('jane.doe@contoso.com', 'powershell')).toBeNull();
    expect(unsafeValueReason('vpn.acme.com', 'zsh')).toBeNull();
    expect(unsafeValueReason('LAP-0042', 'cmd')).toBeNull();
    expect(unsafeValueReason('P01', 'powershell')).toBeNull();
    expect(unsafeValueReason('\\\\fs01\\finance', 'cmd')).toBeNull();
    expect(unsafeValueReason('\\\\fs01\\finance', 'powershell')).toBeNull();
  });

  it.each([
    ['a; rm -rf ~', 'bash', 'semicolon'],
    ['x && shutdown /s', 'cmd', 'ampersand'],
    ['x | Out-File', 'powershell', 'pipe'],
    ['x > C:\\boot.ini', 'cmd', '">"'],
    ['<TargetName>', 'cmd', '"<"'],
    ['$(whoami)', 'bash', '"$"'],
    ['`id`', 'zsh', 'backtick'],
    ["O'Brien", 'powershell', 'single quote'],
    ['say "hi"', 'bash', 'double quote'],
    ['%USERNAME%', 'cmd', '"%"'],
    ['a,b', 'powershell', 'comma'],
    ['{Stop-Computer}', 'powershell', 'brace'],
    ['*.log', 'bash', '"*"'],
  ] as const)('refuses %s in %s, naming the character', (value, shell, named) => {
    const reason = unsafeValueReason(value, shell);
    expect(reason).toContain(named);
  });

  it('refuses line breaks and control characters', () => {
    expect(unsafeValueReason('a\nStop-Computer', 'powershell')).toMatch(/line break/);
    expect(unsafeValueReason('a\u0000b', 'bash')).toMatch(/control/);
  });

  it('refuses a leading dash (an option) and very long values', () => {
    expect(unsafeValueReason('-rf', 'bash')).toMatch(/option/);
    expect(unsafeValueReason('a'.repeat(300), 'bash')).toMatch(/longer/);
  });

  it('allows % in PowerShell and bash, where it is an ordinary character', () => {
    expect(unsafeValueReason('50%', 'powershell')).toBeNull();
    expect(unsafeValueReason('50%', 'bash')).toBeNull();
  });

  it('refuses a space unless the placeholder sits inside quotes', () => {
    expect(
      unsafeValueReason('Jane Doe', 'powershell', 'Get-ADUser __USER_DISPLAY_NAME__', 'USER_DISPLAY_NAME'),
    ).toMatch(/space/);
    expect(
      unsafeValueReason(
        'Jane Doe',
        'powershell',
        'Get-ADUser -Filter "Name -eq \'__USER_DISPLAY_NAME__\'"',
        'USER_DISPLAY_NAME',
      ),
    ).toBeNull();
  });
});

describe('isQuotedIn', () => {
  it('is true only when every use is inside quotes', () => {
    expect(isQuotedIn('echo "__A__"', 'A')).toBe(true);
    expect(isQuotedIn("echo '__A__' __A__", 'A')).toBe(false);
    expect(isQuotedIn('echo __A__', 'A')).toBe(false);
  });
});
