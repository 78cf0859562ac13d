/**
 * Characters that change what a command looks like without being seen: bidi controls reorder it,
 * zero-width characters split words, control characters (other than tab and line ends) act in a
 * terminal but show as nothing. A command must look exactly like what is copied and run.
 */
const HIDDEN: readonly [RegExp, string][] = [
  [/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/, 'a bidirectional control'],
  [/[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/, 'a zero-width character'],
  // eslint-disable-next-line no-control-regex -- finding these is the point
  [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/, 'a control character'],
];

export interface HiddenCharacter {
  /** "U+202E". */
  code: string;
  kind: string;
  line: number;
  column: number;
}

const codeOf = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first hidden character in `text`, with where it is (1-based), or null. */
export function findHiddenCharacter(text: string): HiddenCharacter | null {
  const lines = text.split(/\r\n|\n|\r/);
  for (const [index, line] of lines.entries()) {
    for (const [pattern, kind] of HIDDEN) {
      const found = pattern.exec(line);
      if (found) return { code: codeOf(found[0]), kind, line: index + 1, column: found.index + 1 };
    }
  }
  return null;
}

export function describeHiddenCharacter(found: HiddenCharacter): string {
  return `contains ${found.kind} (${found.code}) at line ${found.line}, column ${found.column}: a command must show everything it runs`;
}
