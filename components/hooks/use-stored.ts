import { useCallback, useState } from 'react';
import type { StoredItem } from '../../services/storage/stored-item';
import { useWatched } from './use-watched';

/** A storage item as React state: loads once, follows changes from other tabs, writes through. */
export function useStored<T>(item: StoredItem<T>): [T, (next: (prev: T) => T) => void, boolean] {
  const [stored, loaded] = useWatched(
    item.fallback,
    () => item.getValue(),
    (onChange) => item.watch(onChange),
  );
  // The agent's own change shows at once, before storage reports it back.
  const [own, setOwn] = useState<{ base: T; value: T } | null>(null);
  const value = own && own.base === stored ? own.value : stored;
  const update = useCallback(
    (next: (prev: T) => T) =>
      setOwn((prev) => {
        const current = prev && prev.base === stored ? prev.value : stored;
        const changed = next(current);
        item.setValue(changed).catch(() => {});
        return { base: stored, value: changed };
      }),
    [item, stored],
  );
  return [value, update, loaded];
}
