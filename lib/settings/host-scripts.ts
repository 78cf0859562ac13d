import { hostPattern } from './custom-hosts';
import type { CustomHost } from './settings';

/** The registerContentScripts fields we use (a subset of scripting.RegisteredContentScript). */
export interface HostScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
}

/** Ours start with this; any other registration is left alone. */
export const HOST_SCRIPT_PREFIX = 'rl-host:';

/** Built file names of the two content scripts (WXT: content-scripts/<entrypoint name>.js). */
export const CONTENT_SCRIPT_FILES = { ticket: 'content-scripts/ticket.js', panel: 'content-scripts/panel.js' } as const;

/**
 * Per custom host, the same two scripts the manifest runs on the built-in sites: the ticket reader in
 * every frame (forms sit in iframes), the panel in the top frame. One id per host and script, so a
 * host can be added or dropped without touching the others.
 */
export function hostScripts(hosts: readonly CustomHost[]): HostScript[] {
  return hosts.flatMap(({ host }) => [
    {
      id: `${HOST_SCRIPT_PREFIX}ticket:${host}`,
      matches: [hostPattern(host)],
      js: [CONTENT_SCRIPT_FILES.ticket],
      allFrames: true,
      runAt: 'document_idle' as const,
    },
    {
      id: `${HOST_SCRIPT_PREFIX}panel:${host}`,
      matches: [hostPattern(host)],
      js: [CONTENT_SCRIPT_FILES.panel],
      allFrames: false,
      runAt: 'document_idle' as const,
    },
  ]);
}

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
}

const same = (a: HostScript, b: Registered): boolean =>
  JSON.stringify(a.matches) === JSON.stringify(b.matches ?? []) &&
  JSON.stringify(a.js) === JSON.stringify(b.js ?? []) &&
  a.allFrames === (b.allFrames ?? false);

/**
 * What to change so that exactly `wanted` is registered. Registrations persist across browser restarts
 * (Chrome) and registering a taken id throws "Duplicate script ID", so we diff against what is there.
 */
export function planHostScripts(
  wanted: readonly HostScript[],
  registered: readonly Registered[],
): { unregister: string[]; register: HostScript[] } {
  const ours = registered.filter((r) => r.id.startsWith(HOST_SCRIPT_PREFIX));
  const keep = new Set(ours.filter((r) => wanted.some((w) => w.id === r.id && same(w, r))).map((r) => r.id));
  return {
    unregister: ours.filter((r) => !keep.has(r.id)).map((r) => r.id),
    register: wanted.filter((w) => !keep.has(w.id)),
  };
}
