import { useCallback, useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item as React state: loads once, follows changes from other tabs, writes through. */
export function useStored<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): [T, (next: (prev: T) => T) => void, boolean] {
  const [value, setValue] = useState<T>(item.fallback);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    item.getValue().then(
      (v) => {
        if (!live) return;
        setValue(v);
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const update = useCallback(
    (next: (prev: T) => T) =>
      setValue((prev) => {
        const value = next(prev);
        item.setValue(value).catch(() => {});
        return value;
      }),
    [item],
  );
  return [value, update, loaded];
}
