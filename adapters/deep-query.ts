// Queries that reach into OPEN shadow roots, as Next Experience pages need: their fields sit many
// shadow roots deep (ServiceNow-Utils inject_next.js deep-queries them the same way). Closed roots stay
// out of reach by design. A budget of visited elements bounds the cost on very large pages.

export type QueryRoot = Document | ShadowRoot;

const BUDGET = 30_000;

/**
 * Every open shadow root below `root`, shallow first, looking at no more than `budget` elements.
 * `skip` leaves a host's shadow tree out (our own panel).
 */
export function openShadowRoots(root: QueryRoot, skip?: (host: Element) => boolean, budget = BUDGET): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const queue: QueryRoot[] = [root];
  for (let i = 0; i < queue.length && budget > 0; i++) {
    for (const element of queue[i]!.querySelectorAll('*')) {
      if (--budget < 0) break;
      const shadow = element.shadowRoot;
      if (shadow && !skip?.(element)) {
        found.push(shadow);
        queue.push(shadow);
      }
    }
  }
  return found;
}

/** Matches of `selector` in `root` and in every open shadow root below it. */
export function deepQueryAll(root: QueryRoot, selector: string, skip?: (host: Element) => boolean): Element[] {
  return [root, ...openShadowRoots(root, skip)].flatMap((r) => Array.from(r.querySelectorAll(selector)));
}

/** The element's ancestors in the composed tree: parent elements, crossing each shadow root to its host. */
export function composedAncestors(element: Element): Element[] {
  const ancestors: Element[] = [];
  for (let node: Node | null = element.parentNode; node;) {
    if (node.nodeType === 1) {
      ancestors.push(node as Element);
      node = node.parentNode;
    } else node = (node as Partial<ShadowRoot>).host ?? null; // a shadow root leads to its host; the document ends it
  }
  return ancestors;
}
