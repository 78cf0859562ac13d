// What a built script is made of: its bytes attributed, through its source map, to the package (or our
// folder) each piece came from. Used by `npm run bench:bundle`.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The segments of one line of a source map's `mappings`: [generated column, source index?]. */
function decodeLine(line: string, state: { source: number }): [column: number, source?: number][] {
  const segments: [number, number?][] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      if (digit < 0) throw new Error(`not a source map: "${char}" in mappings`);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0] ?? 0;
    if (fields.length > 1) {
      state.source += fields[1]!;
      segments.push([column, state.source]);
    } else segments.push([column]);
  }
  return segments;
}

/** `node_modules/@scope/name/…` → `@scope/name`; our own files → their top folder (`lib/matching`, `components`). */
export function groupOf(source: string | undefined): string {
  if (source === undefined) return '(no source: bundler runtime, inlined CSS)';
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^\/?/, '');
  const at = path.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [first, second] = path.slice(at + 'node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const parts = path.split('/');
  return ['lib', 'services', 'adapters'].includes(parts[0]!) && parts.length > 2
    ? parts.slice(0, 2).join('/')
    : parts[0]!;
}

/** Bytes of `code` (UTF-8) per group of the source each stretch maps to, largest first. */
export function bytesBySource(code: string, map: { sources: string[]; mappings: string }): [string, number][] {
  const totals = new Map<string, number>();
  const add = (group: string, text: string): void => {
    if (text) totals.set(group, (totals.get(group) ?? 0) + Buffer.byteLength(text));
  };
  const state = { source: 0 };
  const mappingLines = map.mappings.split(';');
  const lines = code.split('\n');
  lines.forEach((line, i) => {
    let from = 0;
    let group = groupOf(undefined);
    for (const [column, source] of decodeLine(mappingLines[i] ?? '', state)) {
      add(group, line.slice(from, column));
      from = column;
      group = groupOf(source === undefined ? undefined : map.sources[source]);
    }
    add(group, line.slice(from) + (i < lines.length - 1 ? '\n' : ''));
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
