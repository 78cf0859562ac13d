import type { BrowserContext, Page } from '@playwright/test';

/** What a page reported: CSP violations (securitypolicyviolation events), console errors, page errors. */
export interface PageReport {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/**
 * Listens from before the first script runs (init script) for `securitypolicyviolation`, which the
 * browser fires for every blocked eval, inline script or remote load, even when the code catches it.
 */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

/** Opens an extension page with console and page errors recorded. */
export async function openExtensionPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; report: () => Promise<PageReport> }> {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(url);
  return {
    page,
    report: async () => ({
      violations: await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
      consoleErrors,
      pageErrors,
    }),
  };
}
