import type { Command } from './runbook-schema';

type Shell = Command['shell'];

export const MAX_PLACEHOLDER_VALUE = 256;

// Characters that end, chain, redirect, substitute or quote in each shell. A value holding one would
// change what the command does instead of naming a thing, so it is refused rather than escaped: an
// escaped value the agent cannot read back is worse than asking them to check it.
const EVERYWHERE: Array<[string, string]> = [
  ['"', 'a double quote'],
  ["'", 'a single quote'],
  ['`', 'a backtick'],
  [';', 'a semicolon'],
  ['&', 'an ampersand'],
  ['|', 'a pipe'],
  ['<', 'a "<"'],
  ['>', 'a ">"'],
  ['$', 'a "$"'],
  ['(', 'a parenthesis'],
  [')', 'a parenthesis'],
  ['{', 'a brace'],
  ['}', 'a brace'],
  ['#', 'a "#"'],
];
/** Globbing, history expansion, escapes and home expansion in bash and zsh alike. */
const POSIX_SHELL: Array<[string, string]> = [
  ['\\', 'a backslash'],
  ['!', 'a "!"'],
  ['*', 'a "*"'],
  ['?', 'a "?"'],
  ['[', 'a "["'],
  [']', 'a "]"'],
  ['~', 'a "~"'],
];

const BY_SHELL: Record<Shell, Array<[string, string]>> = {
  cmd: [
    ['%', 'a "%"'],
    ['^', 'a "^"'],
    ['!', 'a "!"'],
  ],
  powershell: [
    [',', 'a comma'],
    ['@', 'an "@" at the start'],
  ],
  bash: POSIX_SHELL,
  // zsh expands a leading "=word" to a command's path as well.
  zsh: [...POSIX_SHELL, ['=', 'a "="']],
};

const SHELL_NAME: Record<Shell, string> = { powershell: 'PowerShell', cmd: 'cmd', bash: 'bash', zsh: 'zsh' };

/** Whether every `__NAME__` in `code` sits inside a quoted string (so a space inside it stays one word). */
export function isQuotedIn(code: string, name: string): boolean {
  const token = `__${name}__`;
  let quote: string | null = null;
  let quoted = true;
  for (let i = 0; i < code.length; i++) {
    if (code.startsWith(token, i)) {
      if (quote === null) quoted = false;
      i += token.length - 1;
    } else if (quote === null && (code[i] === '"' || code[i] === "'")) quote = code[i]!;
    else if (code[i] === quote) quote = null;
  }
  return quoted;
}

/**
 * Why `value` cannot stand for `__name__` in `code` run by `shell`, or null when it can. Refused: the
 * shell's special characters, control characters and line breaks, a leading "-" (read as an option),
 * and spaces where the placeholder is not inside quotes (they would split it into several arguments).
 */
export function unsafeValueReason(value: string, shell: Shell, code = '', name = ''): string | null {
  const shellName = SHELL_NAME[shell];
  if (value.length > MAX_PLACEHOLDER_VALUE) return `longer than ${MAX_PLACEHOLDER_VALUE} characters`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value)) return 'a line break or control character';
  for (const [char, what] of [...EVERYWHERE, ...BY_SHELL[shell]]) {
    if (char === '@' ? value.startsWith('@') : value.includes(char))
      return `${what} would change what the command does in ${shellName}`;
  }
  if (value.trim().startsWith('-')) return `a leading "-" would be read as an option in ${shellName}`;
  if (/\s/.test(value.trim()) && !(name && isQuotedIn(code, name)))
    return `a space would split it into several arguments in ${shellName}`;
  return null;
}
