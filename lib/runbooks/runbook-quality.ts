import { RESOLVER_GROUPS } from './resolver-groups';
import type { Runbook } from './runbook-schema';
import type { Problem } from './tree-checks';
import { reviewProblems } from './runbook-review-checks';

/**
 * The content bar of the bundled library (runbook-library issue). Packs from admins are held
 * to the schema and tree checks only: their runbooks are theirs to judge.
 */
export function qualityProblems(runbook: Runbook): Problem[] {
  const problems: Problem[] = [];
  const atLeast = (path: string, count: number, min: number, what: string): void => {
    if (count < min) problems.push({ path, message: `has ${count} ${what}; the library asks for at least ${min}` });
  };
  atLeast('relatedQueries', runbook.relatedQueries.length, 10, 'related queries');
  atLeast('symptoms', runbook.symptoms.length, 3, 'symptoms');
  atLeast('causes', runbook.causes.length, 3, 'likely causes');
  atLeast('bestUse', runbook.bestUse.length, 2, 'best-use notes');
  atLeast('escalation', runbook.escalation.length, 2, 'escalation criteria');
  atLeast('commands', runbook.commands.length, 1, 'commands');
  atLeast('tree.nodes', Object.keys(runbook.tree.nodes).length, 3, 'tree questions');
  if (runbook.steps.length < 4 || runbook.steps.length > 7) {
    problems.push({ path: 'steps', message: `has ${runbook.steps.length} steps; the library asks for 4 to 7` });
  }
  const first = runbook.commands[0];
  if (first && first.effect !== 'diagnostic') {
    problems.push({ path: 'commands[0].effect', message: 'the first command must be a diagnostic' });
  }
  const firstWarning = runbook.steps.findIndex((s) => s.kind === 'warning');
  runbook.commands.forEach((command, i) => {
    if (command.effect !== 'change') return;
    const stepIndex = runbook.steps.findIndex((s) => s.id === command.step);
    if (stepIndex < 0) {
      problems.push({ path: `commands[${i}].step`, message: 'a command that changes state must name its step' });
    } else if (firstWarning < 0 || firstWarning > stepIndex) {
      problems.push({ path: `commands[${i}]`, message: 'changes state but no warning step comes before its step' });
    } else if (!runbook.steps[stepIndex]!.adminRequired && runbook.steps[stepIndex]!.kind !== 'warning') {
      problems.push({
        path: `commands[${i}]`,
        message: `changes state, so its step "${command.step}" must be admin required or a warning`,
      });
    }
  });
  const known: readonly string[] = RESOLVER_GROUPS;
  const checkGroup = (path: string, group: string): void => {
    if (!known.includes(group))
      problems.push({
        path,
        message: `"${group}" is not one of the resolver groups in lib/runbooks/resolver-groups.ts`,
      });
  };
  runbook.escalation.forEach((e, i) => checkGroup(`escalation[${i}].group`, e.group));
  for (const [id, node] of Object.entries(runbook.tree.nodes))
    node.options.forEach((option, i) => {
      if ('outcome' in option && option.outcome.type === 'escalate')
        checkGroup(`tree.nodes.${id}.options[${i}].outcome.group`, option.outcome.group);
    });
  problems.push(...reviewProblems(runbook));
  return problems;
}
