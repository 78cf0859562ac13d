import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onPolicyChange } from '../../services/settings/policy-source';
import { localSettings } from '../../services/storage/items';
import { changedKeys, repairStorage } from '../../services/storage/repair';
import { acceptsSender } from '../../lib/message-senders';
import { answer, isMessage } from '../../lib/messages';
import { sendToTab } from '../../services/messaging';
import { syncHostScripts } from './host-scripts';
import { refreshPacks, REFRESH_ALARM, scheduleRefresh } from './pack-refresh';

/** Runs tasks of one kind one after another: two overlapping syncs would both register the same id. */
function serial<A extends unknown[], T>(task: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const next = last.then(
      () => task(...args),
      () => task(...args),
    );
    last = next.catch(() => {});
    return next;
  };
}

/** The origin of the frame that sent a message (`null` for about:blank and the like). */
function senderOrigin(sender: { url?: string }): string {
  try {
    return sender.url ? new URL(sender.url).origin : 'null';
  } catch {
    return 'null';
  }
}

// The relay between a tab's frames and its panel (top frame), which keeps no ticket data; the custom
// hosts' content scripts; the scheduled refresh of subscribed packs.
export default defineBackground(() => {
  const syncHosts = serial(syncHostScripts);
  const refresh = serial(refreshPacks);
  const logged = (what: string) => (error: unknown) => console.warn(`[Runbook Lens] ${what}:`, error);

  // Broken stored values (older build, half-written, edited by hand) are repaired at every start and as
  // soon as they are written; the options page tells the user what was reset (services/storage/).
  repairStorage().catch(logged('storage'));
  browser.storage.onChanged.addListener((changes, area) => {
    const keys = area === 'local' ? changedKeys(changes) : [];
    if (keys.length) repairStorage(keys).catch(logged('storage'));
  });
  // Every service-worker start: registrations and the alarm come back if the browser lost them.
  syncHosts().catch(logged('custom hosts'));
  scheduleRefresh().catch(logged('pack alarm'));
  browser.runtime.onInstalled.addListener(() => void refresh().catch(logged('packs')));
  browser.runtime.onStartup.addListener(() => void refresh().catch(logged('packs')));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) refresh().catch(logged('packs'));
  });
  localSettings.watch(() => void syncHosts().catch(logged('custom hosts')));
  browser.permissions.onAdded.addListener(() => void syncHosts().catch(logged('custom hosts')));
  browser.permissions.onRemoved.addListener(() => void syncHosts().catch(logged('custom hosts')));
  onPolicyChange(() => {
    syncHosts().catch(logged('custom hosts'));
    refresh().catch(logged('packs'));
  });

  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isMessage(message) || !acceptsSender(message.type, sender, self)) return undefined;
    // From the options page: answered with the result, or the error's text.
    if (message.type === 'sync-hosts') return answer(message, syncHosts());
    if (message.type === 'refresh-packs')
      return answer(
        message,
        refresh({ force: true, id: message.id }).then(() => true as const),
      );
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    switch (message.type) {
      case 'ticket':
        // No panel in this tab (yet): it asks for a report when it starts.
        return answer(
          message,
          sendToTab(
            tabId,
            { type: 'ticket', ticket: message.ticket, frameId: sender.frameId ?? 0, origin: senderOrigin(sender) },
            0,
          ).catch(() => {}),
        );
      case 'panel-ready':
        return answer(
          message,
          sendToTab(tabId, { type: 'report-ticket' }, 'all').catch(() => {}),
        );
      case 'insert-note':
        return answer(
          message,
          sendToTab(tabId, message, message.frameId).catch(() => ({
            ok: false as const,
            reason: 'The ticket frame did not answer; it may have reloaded.',
          })),
        );
      case 'get-shortcut':
        return answer(
          message,
          browser.commands.getAll().then((all) => all.find((c) => c.name === 'toggle-panel')?.shortcut ?? ''),
        );
      default:
        return undefined;
    }
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-panel') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendToTab(tabId, { type: 'toggle-panel' }, 0).catch(() => {});
  });
});
