import { useEffect, useState } from 'react';

/**
 * A value kept in extension storage as React state: `load` reads it now and again whenever `watch`
 * reports a change (another tab, the options page, a policy update). The one load-and-watch loop
 * behind every storage hook; a load that fails keeps the last value.
 */
export function useWatched<T>(
  initial: T | (() => T),
  load: () => Promise<T>,
  watch: (onChange: () => void) => () => void,
  { loadNow = true }: { loadNow?: boolean } = {},
): [T, boolean] {
  const [state, setState] = useState<{ value: T; loaded: boolean }>(() => ({
    value: typeof initial === 'function' ? (initial as () => T)() : initial,
    loaded: !loadNow,
  }));
  useEffect(() => {
    let live = true;
    const reload = (): void => {
      load().then(
        (value) => live && setState({ value, loaded: true }),
        () => live && setState((prev) => ({ ...prev, loaded: true })),
      );
    };
    if (loadNow) reload();
    const unwatch = watch(reload);
    return () => {
      live = false;
      unwatch();
    };
    // The loaders are module functions or stable items: load once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [state.value, state.loaded];
}
