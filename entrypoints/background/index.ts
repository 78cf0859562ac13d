import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { isMessage } from '../../lib/messages';

// The relay between a tab's frames and its panel (top frame). It keeps no ticket data.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    switch (message.type) {
      case 'ticket':
        return browser.tabs
          .sendMessage(tabId, { type: 'ticket', ticket: message.ticket, frameId: sender.frameId ?? 0 }, { frameId: 0 })
          .catch(() => undefined); // no panel in this tab (yet): it asks for a report when it starts
      case 'panel-ready':
        return browser.tabs.sendMessage(tabId, { type: 'report-ticket' }).catch(() => undefined);
      case 'insert-note':
        return browser.tabs
          .sendMessage(tabId, message, { frameId: message.frameId })
          .catch(() => ({ ok: false, reason: 'The ticket frame did not answer; it may have reloaded.' }));
      case 'get-shortcut':
        return browser.commands.getAll().then((all) => all.find((c) => c.name === 'toggle-panel')?.shortcut ?? '');
      default:
        return undefined;
    }
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-panel') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined)
      await browser.tabs.sendMessage(tabId, { type: 'toggle-panel' }, { frameId: 0 }).catch(() => {});
  });
});
