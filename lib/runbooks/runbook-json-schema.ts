import { z } from 'zod';
import { Runbook } from './runbook-schema';

/** JSON Schema of a runbook file as authors write it (defaults optional). */
export function runbookJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Runbook, { io: 'input', unrepresentable: 'any' }),
    title: 'Runbook Lens runbook',
    description: 'One runbook file of the Runbook Lens library (runbooks/<id>.yaml).',
  };
}
