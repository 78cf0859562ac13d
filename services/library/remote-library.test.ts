import { describe, expect, it, vi } from 'vitest';
import type { LibraryAnswer, Message } from '../../lib/messages';
import type { Runbook } from '../../lib/runbooks/runbook-schema';
import { createRemoteLibrary } from './remote-library';

const runbook = (id: string): Runbook => ({ id, title: `Title of ${id}` }) as unknown as Runbook;
const result = (id: string) => ({ id, title: `Title of ${id}`, score: 0.9, terms: ['vpn'] });
const answerFor = (id: string): LibraryAnswer => ({
  outcome: { confident: result(id), confidence: 'strong', results: [result(id)] },
  terms: ['vpn'],
  runbooks: [runbook(id)],
  sources: [[id, { kind: 'bundled' }]],
});

/** A background that answers from a fixed library, recording every request. */
function background(library: string[]) {
  const requests: Message[] = [];
  const send = vi.fn(async (message: Message): Promise<unknown> => {
    requests.push(message);
    if (message.type === 'get-runbooks') {
      const known = message.ids.filter((id) => library.includes(id));
      return { runbooks: known.map(runbook), sources: known.map((id) => [id, { kind: 'bundled' }]) };
    }
    if (message.type === 'search') return [result(library[0]!)];
    if (message.type === 'match') return answerFor(library[library.length - 1]!);
    throw new Error('unexpected');
  });
  return { requests, send: send as never };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the panel’s view of the background’s library', () => {
  it('shows what came with the ticket at once, without asking again', () => {
    const bg = background(['vpn']);
    const remote = createRemoteLibrary(bg.send);
    remote.seed('VPN drops', answerFor('vpn'));
    const library = remote.snapshot();
    expect(library.matcher.match('VPN drops').confident?.id).toBe('vpn');
    expect(library.byId.get('vpn')?.title).toBe('Title of vpn');
    expect(library.sources.get('vpn')).toEqual({ kind: 'bundled' });
    // What learning records of the ticket comes with it too: the panel has no normaliser of its own.
    expect(library.matcher.terms('VPN drops')).toEqual(['vpn']);
    expect(library.matcher.terms('VPN drops')).toBe(library.matcher.terms('VPN drops'));
    expect(library.matcher.terms('another ticket')).toEqual([]);
    expect(bg.requests).toEqual([]);
  });

  it('asks once for the runbooks a render misses, then publishes them; unknown ids are not asked again', async () => {
    const bg = background(['vpn', 'dns']);
    const remote = createRemoteLibrary(bg.send);
    const published = vi.fn();
    remote.subscribe(published);
    const before = remote.snapshot();
    expect(before.byId.get('dns')).toBeUndefined();
    expect(before.byId.get('gone')).toBeUndefined();
    expect(before.byId.get('dns')).toBeUndefined();
    await settled();
    expect(bg.requests).toEqual([{ type: 'get-runbooks', ids: ['dns', 'gone'] }]);
    expect(published).toHaveBeenCalled();
    const after = remote.snapshot();
    expect(after).not.toBe(before);
    expect(after.byId.get('dns')?.title).toBe('Title of dns');
    after.byId.get('gone');
    await settled();
    expect(bg.requests).toHaveLength(1);
  });

  it('search answers later: empty first, the background’s results once they arrive', async () => {
    const bg = background(['printer']);
    const remote = createRemoteLibrary(bg.send);
    expect(remote.snapshot().matcher.search('print', 8)).toEqual([]);
    await settled();
    expect(
      remote
        .snapshot()
        .matcher.search('print', 8)
        .map((r) => r.id),
    ).toEqual(['printer']);
    expect(bg.requests).toEqual([{ type: 'search', query: 'print', limit: 8 }]);
  });

  it('after a packs change, keeps showing the old match until the new library answers', async () => {
    const bg = background(['vpn', 'vpn-from-pack']);
    const remote = createRemoteLibrary(bg.send);
    remote.seed('VPN drops', answerFor('vpn'));
    remote.reset('VPN drops');
    expect(remote.snapshot().matcher.match('VPN drops').confident?.id).toBe('vpn');
    await settled();
    expect(remote.snapshot().matcher.match('VPN drops').confident?.id).toBe('vpn-from-pack');
    expect(remote.snapshot().byId.get('vpn')).toBeUndefined();
  });
});
