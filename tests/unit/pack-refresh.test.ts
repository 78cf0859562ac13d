import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshPacks } from '../../entrypoints/background/pack-refresh';
import { acceptPack } from '../../lib/packs/pack-store';
import { Runbook } from '../../lib/runbooks/runbook-schema';
import { packsItem } from '../../services/storage/items';
import { sampleRunbook } from '../library/sample-runbook';

// The scheduled refresh with the browser's storage faked and fetch stubbed: one pack's server breaking
// off mid-answer must not keep the other packs from their new versions.

const runbook = (id: string, title: string) => {
  const r = Runbook.parse(sampleRunbook({ id, title, related: [], relatedQueries: [`${id} query`] }));
  r.tree.nodes.q3!.options[1] = { label: 'No', outcome: { type: 'escalate', group: 'Desk', reason: 'r' } };
  return r;
};
const BROKEN = 'https://broken.acme.com/pack.json';
const GOOD = 'https://kb.acme.com/pack.json';

/** An answer whose body fails half-way, as a reset connection does. */
const breaksOff = () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"schemaVersion":'));
        controller.error(new TypeError('network error'));
      },
    }),
    { status: 200 },
  );

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

describe('refreshPacks', () => {
  it('records one pack’s failure on that pack and still refreshes the others', async () => {
    let packs = acceptPack(
      [],
      { name: 'Broken', runbooks: [runbook('broken-one', 'Broken v1')] },
      { kind: 'url', url: BROKEN, managed: false },
      'url:1',
      1,
    );
    packs = acceptPack(
      packs,
      { name: 'Good', runbooks: [runbook('good-one', 'Good v1')] },
      { kind: 'url', url: GOOD, managed: false },
      'url:2',
      1,
    );
    await packsItem.setValue(packs);
    const v2 = { schemaVersion: 1, name: 'Good', runbooks: [runbook('good-one', 'Good v2')] };
    vi.stubGlobal('fetch', async (url: string) =>
      url === BROKEN ? breaksOff() : new Response(JSON.stringify(v2), { status: 200 }),
    );

    await refreshPacks({ force: true });

    const [broken, good] = await packsItem.getValue();
    expect(broken!.source).toMatchObject({ url: BROKEN, error: expect.stringContaining('network error') });
    expect(broken!.runbooks[0]!.title).toBe('Broken v1');
    expect(good!.pending?.runbooks[0]!.title).toBe('Good v2');
  });
});
