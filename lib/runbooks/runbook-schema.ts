import { z } from 'zod';
import { describeHiddenCharacter, findHiddenCharacter } from './hidden-characters';
import { PLACEHOLDER_NAME } from './placeholders';

// Extension pages and content scripts run under a CSP without 'unsafe-eval'. Zod's JIT probes
// `new Function`, which such a CSP reports as a violation even though Zod catches it: opt out.
z.config({ jitless: true });

/** Kebab-case identifiers: runbook ids (= catalog ids = file names), step, command and tree node ids. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

const Text = z.string().trim().min(1, 'must not be empty').max(4000, 'is longer than 4000 characters');
const ShortText = z.string().trim().min(1, 'must not be empty').max(300, 'is longer than 300 characters');

/** A calendar date written as YYYY-MM-DD that really exists (no 2026-02-30). */
export const IsoDate = z.iso.date();

/** Links render only for https: anything else is rejected before it can reach the panel. */
export const HttpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

export const Shell = z.enum(['powershell', 'bash', 'zsh', 'cmd']);
export const Platform = z.enum(['windows', 'macos', 'linux']);
export const StepKind = z.enum(['info', 'command', 'warning']);

export const Step = z.strictObject({
  id: Id,
  title: ShortText,
  kind: StepKind,
  adminRequired: z.boolean(),
  text: Text,
  /** Optional checklist shown under the text. */
  items: z.array(ShortText).optional(),
});

export const Command = z.strictObject({
  id: Id,
  label: ShortText,
  shell: Shell,
  platform: Platform,
  /** diagnostic = reads state only; change = alters the device or account. */
  effect: z.enum(['diagnostic', 'change']),
  code: z
    .string()
    .min(1, 'must not be empty')
    .max(8000, 'is longer than 8000 characters')
    .superRefine((code, ctx) => {
      const hidden = findHiddenCharacter(code);
      if (hidden) ctx.addIssue({ code: 'custom', message: describeHiddenCharacter(hidden) });
    }),
  /** The resolution step this command belongs to. */
  step: Id.optional(),
  /** Values written `__NAME__` in `code` (lib/runbooks/placeholders.ts): the panel asks for each. */
  placeholders: z.array(z.string().regex(PLACEHOLDER_NAME, 'must be UPPER_SNAKE_CASE, as in __USER_UPN__')).default([]),
});

export const Outcome = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('resolved'), step: Id, note: ShortText.optional() }),
  z.strictObject({ type: z.literal('escalate'), group: ShortText, reason: ShortText }),
  z.strictObject({ type: z.literal('runbook'), runbook: Id, reason: ShortText.optional() }),
]);

export const TreeOption = z.union([
  z.strictObject({ label: ShortText, next: Id }),
  z.strictObject({ label: ShortText, outcome: Outcome }),
]);

export const TreeNode = z.strictObject({
  question: ShortText,
  /** Where the agent finds the answer: the ticket, a call, a command. */
  hint: ShortText.optional(),
  options: z.array(TreeOption).min(2, 'needs at least 2 options'),
});

export const DecisionTree = z.strictObject({
  start: Id,
  nodes: z.record(Id, TreeNode),
});

export const Escalation = z.strictObject({
  condition: ShortText,
  group: ShortText,
});

export const Resource = z.strictObject({
  title: ShortText,
  url: HttpsUrl,
});

export const Runbook = z.strictObject({
  id: Id,
  title: ShortText,
  area: Id,
  estimatedMinutes: z
    .strictObject({ min: z.int().positive(), max: z.int().positive() })
    .refine((m) => m.min <= m.max, 'min must not exceed max'),
  overview: Text,
  author: z.strictObject({ name: ShortText, role: ShortText }),
  lastReviewed: IsoDate,
  bestUse: z.array(ShortText).min(1),
  symptoms: z.array(ShortText).min(1),
  causes: z.array(ShortText).min(1),
  /** What people type for this problem, error texts included: the matcher's main signal. */
  relatedQueries: z.array(ShortText).min(1),
  /** Exact error codes (0x800704cf, AADSTS50105, event 4740): matched verbatim, weighted highest. */
  errorCodes: z.array(z.string().trim().min(2).max(60)).default([]),
  steps: z.array(Step).min(1),
  commands: z.array(Command).default([]),
  tree: DecisionTree,
  escalation: z.array(Escalation).min(1),
  related: z.array(Id).default([]),
  resources: z.array(Resource).default([]),
});

export type Runbook = z.infer<typeof Runbook>;
export type RunbookInput = z.input<typeof Runbook>;
export type Step = z.infer<typeof Step>;
export type Command = z.infer<typeof Command>;
export type Outcome = z.infer<typeof Outcome>;
export type TreeOption = z.infer<typeof TreeOption>;
export type TreeNode = z.infer<typeof TreeNode>;
export type DecisionTree = z.infer<typeof DecisionTree>;
export type Shell = z.infer<typeof Shell>;
