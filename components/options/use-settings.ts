import { useCallback } from 'react';
import { readSettings, type Settings } from '../../lib/settings/settings';
import { localSettings } from '../../services/storage/items';
import { useStored } from '../hooks/use-stored';

/**
 * The user's own settings (before policy), always complete, written through on change. The React state
 * changes at once, so controlled inputs never jump back while the write is under way.
 */
export function useLocalSettings(): [Settings, (change: (s: Settings) => Settings) => void, boolean] {
  const [raw, setRaw, loaded] = useStored(localSettings);
  const update = useCallback(
    (change: (s: Settings) => Settings) => setRaw((prev) => change(readSettings(prev))),
    [setRaw],
  );
  return [readSettings(raw), update, loaded];
}

/** Read-change-write of the stored settings, resolved once written (for steps that must follow the write). */
export async function writeSettings(change: (s: Settings) => Settings): Promise<void> {
  await localSettings.setValue(change(readSettings(await localSettings.getValue())));
}
