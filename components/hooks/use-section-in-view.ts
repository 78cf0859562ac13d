import { useEffect, useRef } from 'react';
import type { RunbookSection } from '../../lib/panel-layout';

/** How long scrolling must pause before the section in view counts as the one the agent is on. */
const SETTLE_MS = 150;

/**
 * Reports the section under the sticky section bar once scrolling settles, so the bar (and what is
 * remembered for the ticket) follow the agent's own scrolling, not only clicks on the bar.
 */
export function useSectionInView(
  sections: readonly RunbookSection[],
  find: (id: string) => HTMLElement | null,
  onSettled: (section: RunbookSection) => void,
): void {
  const report = useRef(onSettled);
  useEffect(() => {
    report.current = onSettled;
  }, [onSettled]);
  const list = sections.join(' ');
  useEffect(() => {
    const ids = list.split(' ') as RunbookSection[];
    const body = find(`section-${ids[0]}`)?.closest('.panel-body');
    if (!body) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (): void => {
      const line = (body.querySelector('.section-bar') ?? body).getBoundingClientRect().bottom + 8;
      const atEnd = body.scrollTop + body.clientHeight >= body.scrollHeight - 2;
      // At the very end the last sections cannot reach the bar: the lowest one whose heading shows counts.
      const passed = ids.filter((id) => {
        const top = find(`section-${id}`)?.getBoundingClientRect().top;
        return top !== undefined && (top <= line || (atEnd && top < body.getBoundingClientRect().bottom - 40));
      });
      report.current(passed.at(-1) ?? ids[0]!);
    };
    const onScroll = (): void => {
      clearTimeout(timer);
      timer = setTimeout(settle, SETTLE_MS);
    };
    body.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      body.removeEventListener('scroll', onScroll);
    };
  }, [list, find]);
}
