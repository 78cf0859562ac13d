import type { StoredItem } from './stored-item';

/**
 * A storage item whose reads (getValue, watch) pass through `check`: a broken stored value reaches
 * the UI as a usable one instead of crashing a component. Writes are unchanged.
 */
export function validated<T>(item: StoredItem<T>, check: (raw: unknown) => T): StoredItem<T> {
  return {
    ...item,
    getValue: async () => check(await item.getValue()),
    watch: (cb) => item.watch((next, prev) => cb(check(next), check(prev))),
  };
}
