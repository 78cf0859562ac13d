import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isCollapsed } from '../../lib/panel-layout';
import { isMessage } from '../../lib/messages';
import { loadEffective } from '../../services/settings/effective';
import { panelPrefs } from '../../services/storage/items';

/** The keyboard command: the panel follows the stored preference, in every tab. True when it opened. */
async function togglePanel(): Promise<boolean> {
  const [prefs, effective] = await Promise.all([panelPrefs.getValue(), loadEffective()]);
  const collapsed = isCollapsed(prefs.collapsed, effective.settings.panel.defaultState);
  await panelPrefs.setValue({ ...prefs, collapsed: !collapsed });
  return collapsed;
}

/**
 * Toggles the panel on the keyboard command and counts the presses that opened it: the panel moves focus
 * to its search only on such a deliberate request, never on load, on a ticket change or when it closes.
 */
export function useToggleShortcut(): number {
  const [presses, setPresses] = useState(0);
  useEffect(() => {
    const onMessage = (message: unknown): undefined => {
      if (!isMessage(message) || message.type !== 'toggle-panel') return undefined;
      void togglePanel().then((opened) => opened && setPresses((n) => n + 1));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return presses;
}
