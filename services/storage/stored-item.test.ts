import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedItem } from './stored-item';

beforeEach(() => fakeBrowser.reset());

describe('a storage.local item', () => {
  const prefs = storedItem('panelPrefs', { width: 380 });

  it('reads the fallback until something is stored, under the same key @wxt-dev/storage used', async () => {
    expect(await prefs.getValue()).toEqual({ width: 380 });
    await browser.storage.local.set({ panelPrefs: { width: 420 } });
    expect(await prefs.getValue()).toEqual({ width: 420 });
    await prefs.setValue({ width: 500 });
    expect(await browser.storage.local.get(null)).toEqual({ panelPrefs: { width: 500 } });
    await prefs.setValue(null);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('hears changes made anywhere, not writes of the same value, other keys or areas; unwatch stops it', async () => {
    const heard = vi.fn();
    const unwatch = prefs.watch(heard);
    await browser.storage.local.set({ panelPrefs: { width: 420 } });
    await browser.storage.local.set({ panelPrefs: { width: 420 } });
    await browser.storage.local.set({ other: 1 });
    await browser.storage.sync.set({ panelPrefs: { width: 1 } });
    await browser.storage.local.remove('panelPrefs');
    expect(heard.mock.calls).toEqual([
      [{ width: 420 }, { width: 380 }],
      [{ width: 380 }, { width: 420 }],
    ]);
    unwatch();
    await prefs.setValue({ width: 600 });
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
