// Writes schema/runbook.schema.json from the Zod schema, so editors autocomplete runbook YAML.
// A unit test fails when the committed file is stale: run `npm run runbooks:schema` after a schema change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runbookJsonSchema } from '../lib/runbooks/runbook-json-schema';

const out = join(import.meta.dirname, '..', 'schema', 'runbook.schema.json');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify(runbookJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
