import type { CDPSession, Page } from 'playwright-core';

export interface PageFigures {
  /** JS heap used by the tab's renderer (page and content scripts share it), MB. */
  heapMB: number;
  /** Event listeners registered on the page's DOM, by anyone (Chromium's JSEventListeners metric). */
  listeners: number;
  /** MutationObserver objects alive in the extension's content-script worlds. */
  observers: number;
  /** Number of <runbook-lens> hosts in the top document. */
  panels: number;
}

/**
 * Reads the figures of the long-session check through the Chrome DevTools Protocol: Performance
 * metrics for heap and listeners, and Runtime.queryObjects in the extension's isolated worlds for
 * MutationObservers (the page cannot see those).
 */
export async function openMetrics(page: Page, extensionName = 'Runbook Lens') {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === extensionName) contexts.set(context.id, context.name);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');

  async function observers(): Promise<number> {
    let total = 0;
    for (const contextId of contexts.keys()) {
      const proto = await cdp
        .send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId })
        .catch(() => null);
      if (!proto?.result.objectId) continue;
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId!,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      total += Number(result.value ?? 0);
    }
    return total;
  }

  return {
    async read(): Promise<PageFigures> {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
      return {
        heapMB: metric('JSHeapUsedSize') / 1024 / 1024,
        listeners: metric('JSEventListeners'),
        observers: await observers(),
        panels: await page.locator('runbook-lens').count(),
      };
    },
    close: () => cdp.detach(),
  };
}
