import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A storage item whose reads (getValue, watch) pass through `check`: a broken stored value reaches
 * the UI as a usable one instead of crashing a component. Writes are unchanged.
 */
export function validated<T, M extends Record<string, unknown>>(
  item: WxtStorageItem<T, M>,
  check: (raw: unknown) => T,
): WxtStorageItem<T, M> {
  return {
    ...item,
    getValue: async () => check(await item.getValue()),
    watch: (cb) => item.watch((next, prev) => cb(check(next), check(prev))),
  };
}
