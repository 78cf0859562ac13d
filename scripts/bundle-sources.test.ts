import { describe, expect, it } from 'vitest';
import { bytesBySource, groupOf } from './bundle-sources';

describe('bench:bundle, bytes per source', () => {
  it('names packages (scoped too) and our folders', () => {
    expect(groupOf('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
    expect(groupOf('../../../main/node_modules/@wxt-dev/storage/dist/index.mjs')).toBe('@wxt-dev/storage');
    expect(groupOf('../../lib/matching/result-word.ts')).toBe('lib/matching');
    expect(groupOf('../../components/panel.tsx')).toBe('components');
    expect(groupOf(undefined)).toMatch(/no source/);
  });

  it('gives each stretch of generated code to the source its mapping names, the unmapped to none', () => {
    // Line 1: column 0 from source 0, column 3 from source 1 (G = +3, C = +1). Line 2: no mapping.
    const map = { sources: ['../node_modules/react/index.js', '../lib/tickets/work-note.ts'], mappings: 'AAAA,GCAA;' };
    const rows = Object.fromEntries(bytesBySource('abcdéf\n`css`', map));
    expect(rows).toEqual({ react: 3, 'lib/tickets': 5, [groupOf(undefined)]: 5 });
  });

  it('refuses what is not a source map', () => {
    expect(() => bytesBySource('x', { sources: [], mappings: '!!' })).toThrow(/not a source map/);
  });
});
