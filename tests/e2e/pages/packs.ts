import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sampleRunbook } from '../../library/sample-runbook';

const RUNBOOKS = join(import.meta.dirname, '..', '..', '..', 'runbooks');

/** A bundled runbook as its YAML says, to build overriding versions from. */
export function bundledRunbook(id: string): Record<string, unknown> {
  return parse(readFileSync(join(RUNBOOKS, `${id}.yaml`), 'utf8')) as Record<string, unknown>;
}

/** A pack-only runbook for the fixture ticket "Request for a second monitor arm for the reception desk". */
export function deskRunbook(title = 'Desk equipment request (Acme)') {
  const runbook = sampleRunbook({
    id: 'acme-desk-equipment',
    title,
    area: 'facilities',
    overview: 'Monitor arms, docks and chairs for desks are ordered through Facilities, not IT.',
    symptoms: ['Request for a monitor arm', 'Request for a second monitor arm', 'Desk equipment request'],
    relatedQueries: [
      'request for a second monitor arm',
      'monitor arm for the reception desk',
      'need a monitor arm',
      'second monitor arm request',
      'desk equipment request',
    ],
    related: ['external-monitor-dock'],
  });
  runbook.tree.nodes.q3!.options[1] = { label: 'No', outcome: { type: 'runbook', runbook: 'external-monitor-dock' } };
  return runbook;
}

export const PACK_NAME = 'Acme desk';

/** Version 1: adds the desk runbook and replaces the bundled Outlook OST runbook with an "(Acme)" copy. */
export function acmePack(deskTitle?: string) {
  const outlook = bundledRunbook('outlook-ost-sync-cached-mode');
  return {
    schemaVersion: 1,
    name: PACK_NAME,
    version: '2026.11',
    runbooks: [deskRunbook(deskTitle), { ...outlook, title: `${String(outlook.title)} (Acme)` }],
  };
}

/**
 * Two mistakes a pack author makes: a link to a runbook nobody has, and a javascript: link (YAML; JSON
 * is flow YAML). Two runbooks, as links are only followed in runbooks that pass the schema.
 */
export const INVALID_PACK_YAML = `schemaVersion: 1
name: Broken pack
runbooks: ${JSON.stringify([
  { ...deskRunbook(), related: ['no-such-runbook'] },
  { ...deskRunbook(), id: 'acme-other', resources: [{ title: 'KB', url: 'javascript:alert(1)' }] },
])}
`;

export const jsonFile = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value, null, 2)),
});
