import type { DecisionTree, Runbook } from './runbook-schema';

export interface Problem {
  path: string;
  message: string;
}

/**
 * Structural checks a Zod schema cannot express: every `next` points at a node, every node is
 * reachable from `start`, no cycles (so every path ends in an outcome), and resolved-by-step
 * outcomes name a step of the same runbook.
 */
export function checkTree(tree: DecisionTree, stepIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const nodes = tree.nodes;
  // Own properties only: `in` also finds `constructor` or `toString` on every object's prototype.
  const isNode = (id: string): boolean => Object.hasOwn(nodes, id);
  if (!isNode(tree.start)) {
    problems.push({ path: 'tree.start', message: `start node "${tree.start}" does not exist` });
    return problems;
  }
  for (const [nodeId, node] of Object.entries(nodes)) {
    node.options.forEach((option, i) => {
      const at = `tree.nodes.${nodeId}.options[${i}]`;
      if ('next' in option && !isNode(option.next)) {
        problems.push({ path: `${at}.next`, message: `leads to "${option.next}", which is not a node` });
      }
      if ('outcome' in option && option.outcome.type === 'resolved' && !stepIds.has(option.outcome.step)) {
        problems.push({
          path: `${at}.outcome.step`,
          message: `names step "${option.outcome.step}", which does not exist`,
        });
      }
    });
  }
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (onPath.has(id)) {
      problems.push({ path: `tree.nodes.${id}`, message: `cycle: ${[...trail, id].join(' → ')}` });
      return;
    }
    if (reached.has(id) || !isNode(id)) return;
    reached.add(id);
    onPath.add(id);
    for (const option of nodes[id]!.options) if ('next' in option) visit(option.next, [...trail, id]);
    onPath.delete(id);
  };
  visit(tree.start, []);
  for (const id of Object.keys(nodes)) {
    if (!reached.has(id)) problems.push({ path: `tree.nodes.${id}`, message: 'is unreachable from the start node' });
  }
  return problems;
}

/** Every runbook id this runbook points at: related runbooks and "see runbook" outcomes. */
export function referencedRunbooks(runbook: Runbook): { path: string; id: string }[] {
  const refs = runbook.related.map((id, i) => ({ path: `related[${i}]`, id }));
  for (const [nodeId, node] of Object.entries(runbook.tree.nodes)) {
    node.options.forEach((option, i) => {
      if ('outcome' in option && option.outcome.type === 'runbook') {
        refs.push({ path: `tree.nodes.${nodeId}.options[${i}].outcome.runbook`, id: option.outcome.runbook });
      }
    });
  }
  return refs;
}

/** Checks within one runbook: the tree, command → step links, unique step and command ids. */
export function checkRunbook(runbook: Runbook): Problem[] {
  const stepIds = new Set(runbook.steps.map((s) => s.id));
  const problems = checkTree(runbook.tree, stepIds);
  const seen = new Set<string>();
  for (const [kind, items] of [
    ['steps', runbook.steps],
    ['commands', runbook.commands],
  ] as const) {
    items.forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ path: `${kind}[${i}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  }
  runbook.commands.forEach((command, i) => {
    if (command.step && !stepIds.has(command.step)) {
      problems.push({ path: `commands[${i}].step`, message: `names step "${command.step}", which does not exist` });
    }
  });
  for (const ref of referencedRunbooks(runbook)) {
    if (ref.id === runbook.id) problems.push({ path: ref.path, message: 'points at the runbook itself' });
  }
  return problems;
}
