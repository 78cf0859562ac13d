import { useEffect, useRef, type RefObject } from 'react';

/**
 * After the agent switches runbooks (`switches` grows), the scrolling body goes back to its top and the
 * new runbook's title takes focus, so reading and keyboard navigation start at the beginning. A ticket
 * change is not a switch: the panel never takes focus on its own.
 */
export function useOpenAtTop(body: RefObject<HTMLElement | null>, switches: number): void {
  const handled = useRef(switches);
  useEffect(() => {
    const element = body.current;
    const title = element?.querySelector<HTMLElement>('[data-testid="runbook-title"]');
    // Not rendered yet (stored answers still loading): the next render tries again.
    if (switches === handled.current || !element || !title) return;
    handled.current = switches;
    element.scrollTo({ top: 0 });
    // Where the document scrolls instead (the popup opened as a tab), focus brings the title into view.
    title.focus();
  });
}
