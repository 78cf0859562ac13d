import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focuses `target` when `requests` grows while `ready` (the panel is open); a request made while not ready
 * waits for it. The count it starts with is not a request: nothing is focused on mount.
 */
export function useFocusRequest(target: RefObject<HTMLElement | null>, requests: number, ready: boolean): void {
  const handled = useRef(requests);
  useEffect(() => {
    if (!ready || requests === handled.current) return;
    handled.current = requests;
    target.current?.focus();
  }, [target, requests, ready]);
}
