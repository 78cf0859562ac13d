import { addExample } from '../../lib/learning/example-store';
import type { LearnedExample } from '../../lib/learning/learned-example';
import { retain, type Retention } from '../../lib/learning/retention';
import { updateTrail, type TicketTrail } from '../../lib/learning/ticket-trail';
import type { LearningSettings } from '../../lib/settings/settings';
import { learnedExamples, ticketTrails } from '../storage/items';

export const retentionOf = (settings: LearningSettings): Retention => ({
  days: settings.retentionDays,
  max: settings.maxExamples,
});

/** Stores one example (read, change, write: the panel is the only writer while a ticket is open). */
export async function recordExample(example: LearnedExample, settings: LearningSettings): Promise<void> {
  if (!settings.enabled) return;
  const examples = await learnedExamples.getValue();
  await learnedExamples.setValue(addExample(examples, example, retentionOf(settings), example.at));
}

/** Updates how a ticket ended, for the knowledge-gap report; same retention and switch as examples. */
export async function recordTrail(
  change: Parameters<typeof updateTrail>[1],
  settings: LearningSettings,
): Promise<void> {
  if (!settings.enabled) return;
  const trails: TicketTrail[] = await ticketTrails.getValue();
  await ticketTrails.setValue(retain(updateTrail(trails, change), retentionOf(settings), change.at));
}

/** "Forget all": the examples and the knowledge-gap records. */
export async function forgetLearning(): Promise<void> {
  await Promise.all([learnedExamples.setValue([]), ticketTrails.setValue([])]);
}
