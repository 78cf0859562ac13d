/**
 * Polls `probe` until it returns something truthy or `timeoutMs` passes. Site UIs (React, AngularJS)
 * re-render a moment after a click, so "is the internal tab selected now?" needs a short wait.
 */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 1500): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
