import { browser } from 'wxt/browser';

/** One key of `storage.local`, read with a fallback for when nothing is stored. */
export interface StoredItem<T> {
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  /** null or undefined removes the key. */
  setValue(value: T | null | undefined): Promise<void>;
  /** Calls back on each change made anywhere (another tab, the options page); returns the unwatch. */
  watch(callback: (next: T, previous: T) => void): () => void;
}

/**
 * A `storage.local` item: what the extension used @wxt-dev/storage's `defineItem` for (the same keys and
 * values, so nothing stored changes), in 1 kB instead of its 9 kB in the panel script every ticket page
 * parses (issue #20). No versions or migrations: none was ever needed, and a new shape gets a check in
 * shapes.ts and a repair in repair.ts instead.
 */
export function storedItem<T>(key: string, fallback: T): StoredItem<T> {
  const orFallback = (value: unknown): T => (value ?? fallback) as T;
  return {
    key,
    fallback,
    async getValue() {
      return orFallback((await browser.storage.local.get(key))[key]);
    },
    async setValue(value) {
      if (value == null) await browser.storage.local.remove(key);
      else await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void => {
        const change = changes[key];
        // Storage values are JSON: equal text is an equal value (a write of the same value is no change).
        if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback(orFallback(change.newValue), orFallback(change.oldValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
