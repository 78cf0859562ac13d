// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composedAncestors, deepQueryAll, openShadowRoots } from './deep-query';

/** <outer-host> #shadow <div id=a><inner-host> #shadow <input name=x>; plus a closed root and a skipped host. */
function page(): Document {
  const doc = document.implementation.createHTMLDocument('');
  const outer = doc.createElement('outer-host');
  doc.body.append(outer);
  const outerRoot = outer.attachShadow({ mode: 'open' });
  const a = doc.createElement('div');
  a.id = 'a';
  const inner = doc.createElement('inner-host');
  a.append(inner);
  outerRoot.append(a);
  const input = doc.createElement('input');
  input.name = 'x';
  inner.attachShadow({ mode: 'open' }).append(input);
  const closed = doc.createElement('closed-host');
  closed.attachShadow({ mode: 'closed' }).append(doc.createElement('input'));
  const skipped = doc.createElement('runbook-lens');
  skipped.attachShadow({ mode: 'open' }).append(doc.createElement('input'));
  doc.body.append(closed, skipped);
  return doc;
}

describe('deep queries', () => {
  it('find matches through nested open shadow roots only', () => {
    const doc = page();
    expect(openShadowRoots(doc)).toHaveLength(3);
    expect(deepQueryAll(doc, 'input')).toHaveLength(2);
    const skip = (host: Element): boolean => host.localName === 'runbook-lens';
    expect(deepQueryAll(doc, 'input', skip).map((i) => i.getAttribute('name'))).toEqual(['x']);
  });

  it('stop at the budget of visited elements', () => {
    expect(openShadowRoots(page(), undefined, 2)).toHaveLength(0);
  });

  it('walk up across shadow boundaries to the document element', () => {
    const doc = page();
    const [input] = deepQueryAll(doc, 'input[name="x"]');
    expect(composedAncestors(input!).map((e) => e.localName)).toEqual([
      'inner-host',
      'div',
      'outer-host',
      'body',
      'html',
    ]);
  });
});
