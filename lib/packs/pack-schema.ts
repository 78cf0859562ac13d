import { z } from 'zod';
import { Runbook } from '../runbooks/runbook-schema';

// Packs are checked at run time in extension pages and content scripts, whose CSP forbids eval: Zod's
// JIT would only try `new Function`, fail and fall back (logging a CSP violation). Skip the attempt.
z.config({ jitless: true });

/**
 * A runbook pack: runbooks in our schema that a team ships outside the bundled library, as a JSON or
 * YAML file (imported, or served at an HTTPS URL). The envelope carries a schema version so a future
 * format can be told apart; a bare array of runbooks is read as version 1 too (see pack-parse.ts).
 *
 *   schemaVersion: 1
 *   name: Acme service desk
 *   version: 2026.11.2        # optional, shown to agents
 *   description: …            # optional
 *   runbooks: [ { id: …, title: …, … }, … ]
 *   queries:                  # optional: related queries added to runbooks the library already has
 *     - runbook: vpn-cannot-connect
 *       add: [globalprotect portal unreachable, …]
 *
 * A pack needs runbooks, added queries, or both ("Export as pack" in the options page writes a
 * queries-only pack from what the panel learned).
 */
export const PACK_SCHEMA_VERSION = 1;

/**
 * Hostile-content caps, checked before any schema work: a pack comes from outside the extension.
 * The schema's own per-field caps (4000 characters of text …) then apply as in the bundled library.
 */
export const PACK_LIMITS = {
  /** Characters of the pack file: 2 MB holds hundreds of runbooks (ours average 6 kB). */
  maxChars: 2_000_000,
  maxRunbooks: 500,
  /** No string in a pack may be longer, whatever the field (ids have no schema cap of their own). */
  maxStringChars: 10_000,
  /** Nesting depth of the parsed value: runbooks need 8, JSON bombs need thousands. */
  maxDepth: 24,
  /** Values (objects, arrays, scalars) in the parsed pack. */
  maxNodes: 400_000,
  /** YAML aliases: a "billion laughs" document expands aliases of aliases. */
  maxAliases: 50,
} as const;

/**
 * Bytes of a pack file or answer that are read at all. UTF-8 takes at most 4 bytes a character, so anything
 * larger is over `maxChars` for certain and is refused unread; anything smaller is parsed and its characters
 * counted (pack-parse.ts says how many).
 */
export const PACK_MAX_BYTES = PACK_LIMITS.maxChars * 4;
/** Why a file or answer over PACK_MAX_BYTES was refused. */
export const PACK_TOO_LARGE = `is over ${PACK_MAX_BYTES / 1_000_000} MB; packs are limited to ${PACK_LIMITS.maxChars / 1_000_000} MB`;

const Name = z.string().trim().min(1, 'must not be empty').max(100, 'is longer than 100 characters');

/** Related queries a pack adds to one runbook (bundled, or one of the pack's own). */
export const AddedQueries = z.strictObject({
  runbook: z.string().trim().min(1, 'must not be empty').max(100, 'is longer than 100 characters'),
  add: z
    .array(z.string().trim().min(1, 'must not be empty').max(300, 'is longer than 300 characters'))
    .min(1, 'must hold at least one query')
    .max(200, 'holds more than 200 queries'),
});

/** The envelope; runbooks are checked one by one afterwards, by the bundled library's checks. */
export const PackEnvelope = z.strictObject({
  schemaVersion: z.literal(PACK_SCHEMA_VERSION, {
    error: (issue) =>
      typeof issue.input === 'number' && issue.input > PACK_SCHEMA_VERSION
        ? `is ${issue.input}: this pack needs a newer Runbook Lens (this one reads version ${PACK_SCHEMA_VERSION})`
        : `must be ${PACK_SCHEMA_VERSION}`,
  }),
  name: Name,
  version: z.string().trim().min(1).max(50, 'is longer than 50 characters').optional(),
  description: z.string().trim().max(1000, 'is longer than 1000 characters').optional(),
  runbooks: z
    .array(z.unknown())
    .max(PACK_LIMITS.maxRunbooks, `holds more than ${PACK_LIMITS.maxRunbooks} runbooks`)
    .default([]),
  queries: z
    .array(AddedQueries)
    .max(PACK_LIMITS.maxRunbooks, `adds to more than ${PACK_LIMITS.maxRunbooks} runbooks`)
    .default([]),
});

/** Where a stored pack came from. URL packs keep what conditional requests need (ETag, Last-Modified). */
export const PackSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('file'), fileName: z.string() }),
  z.strictObject({
    kind: z.literal('url'),
    url: z.string(),
    /** Set by an admin's policy: refreshed and applied without a preview, cannot be removed here. */
    managed: z.boolean(),
    etag: z.string().optional(),
    lastModified: z.string().optional(),
    /** Epoch ms of the last request that got an answer (200 or 304). */
    checkedAt: z.number().optional(),
    /** The last refresh's failure, shown in the options page; the pack in use is kept. */
    error: z.string().optional(),
  }),
]);

/** A newer version fetched by a scheduled refresh, waiting for the user's preview (user subscriptions). */
export const PendingVersion = z.strictObject({
  name: Name,
  version: z.string().optional(),
  runbooks: z.array(Runbook),
  queries: z.array(AddedQueries).optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  fetchedAt: z.number(),
});

export const StoredPack = z.strictObject({
  /** Ours, not the author's: `file:<uuid>`, `url:<uuid>`, or `managed:<url>` for policy packs. */
  id: z.string(),
  name: Name,
  version: z.string().optional(),
  description: z.string().optional(),
  enabled: z.boolean(),
  installedAt: z.number(),
  updatedAt: z.number(),
  source: PackSource,
  /** Validated when stored, and validated again whenever a library is built from it. */
  runbooks: z.array(Runbook),
  queries: z.array(AddedQueries).optional(),
  pending: PendingVersion.optional(),
});

export type PackEnvelope = z.infer<typeof PackEnvelope>;
export type AddedQueries = z.infer<typeof AddedQueries>;
export type PackSource = z.infer<typeof PackSource>;
export type PendingVersion = z.infer<typeof PendingVersion>;
export type StoredPack = z.infer<typeof StoredPack>;
