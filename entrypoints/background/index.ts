import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onPolicyChange } from '../../services/settings/policy-source';
import { learnedExamples, localSettings } from '../../services/storage/items';
import { changedKeys, repairStorage } from '../../services/storage/repair';
import { acceptsSender } from '../../lib/message-senders';
import { answer, isMessage } from '../../lib/messages';
import { sendToTab } from '../../services/messaging';
import { answerFor, bodiesOf, libraryHolder } from '../../services/library/library-data';
import { loadSwitches, showsPacks } from '../../services/settings/site-of-url';
import { loadEffective } from '../../services/settings/effective';
import { examplesOf } from '../../lib/learning/example-store';
import { retain } from '../../lib/learning/retention';
import type { Learning } from '../../lib/matching/match';
import { retentionOf } from '../../services/learning/learning-store';
import { triageStep } from '../../lib/runbooks/triage-machine';
import { syncHostScripts } from './host-scripts';
import { refreshPacks, REFRESH_ALARM, scheduleRefresh } from './pack-refresh';

/**
 * Whether the sender's page shows pack runbooks: only the organization's sites do. The sending frame's own
 * URL: Firefox gives content scripts no tab URL, and the panel takes tickets only from frames of its origin.
 */
async function showsPacksIn(sender: { url?: string; tab?: { url?: string } }): Promise<boolean> {
  try {
    const url = sender.url ?? sender.tab?.url;
    return url ? showsPacks(new URL(url), await loadSwitches()) : false;
  } catch {
    return false;
  }
}

/**
 * The agent's learned examples for this site, as the panel's matcher takes them (components/hooks/use-learning.ts),
 * so that the match sent with a ticket is the one the panel would make.
 */
async function learningFor(ticketKey: string, origin: string): Promise<Learning | undefined> {
  const [effective, stored] = await Promise.all([loadEffective(), learnedExamples.getValue()]);
  const settings = effective.settings.learning;
  if (!settings.enabled) return undefined;
  return { examples: examplesOf(retain(stored, retentionOf(settings), Date.now()), origin), ticket: ticketKey };
}

/** One queue per tab: a tab's tasks run in the order they came, other tabs' do not wait for them. */
function perTabQueue(): { next(tabId: number, task: () => Promise<void>): Promise<void> } {
  const tails = new Map<number, Promise<void>>();
  return {
    next(tabId, task) {
      const run = (tails.get(tabId) ?? Promise.resolve()).then(task, task);
      const tail = run.catch(() => {});
      tails.set(tabId, tail);
      void tail.then(() => tails.get(tabId) === tail && tails.delete(tabId));
      return run;
    },
  };
}

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

// The relay between a tab's frames and its panel (top frame), which keeps no ticket data; the library the
// panels show (runbooks and checked packs stay out of the script injected into every ticket page); the custom
// hosts' content scripts; the scheduled refresh of subscribed packs.
export default defineBackground(() => {
  const syncHosts = serial(syncHostScripts);
  const refresh = serial(refreshPacks);
  const library = libraryHolder();
  const relays = perTabQueue();
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
    if (message.type === 'triage')
      return answer(
        message,
        Promise.resolve().then(() => triageStep(message.tree, message.answers, message.event)),
      );
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    switch (message.type) {
      case 'ticket': {
        // With the match and the runbook to show, so the panel's first screen needs no second trip. In order
        // per tab: an edit's report must not overtake the one before it while the library is read.
        // No panel in this tab (yet): it asks for a report when it starts.
        const ticket = message.ticket;
        const withPacks = showsPacksIn(sender);
        const relay = async (): Promise<void> => {
          const found = ticket
            ? await library
                .get(await withPacks)
                .then(async (l) => answerFor(l, ticket.summary, await learningFor(ticket.key, senderOrigin(sender))))
                .catch(() => undefined)
            : undefined;
          await sendToTab(
            tabId,
            { type: 'ticket', ticket, frameId: sender.frameId ?? 0, origin: senderOrigin(sender), answer: found },
            0,
          );
        };
        return answer(
          message,
          relays.next(tabId, relay).catch(() => {}),
        );
      }
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
      case 'match':
        return answer(
          message,
          showsPacksIn(sender)
            .then((p) => library.get(p))
            .then((l) => answerFor(l, message.text, message.learning)),
        );
      case 'search':
        return answer(
          message,
          showsPacksIn(sender)
            .then((p) => library.get(p))
            .then((l) => l.matcher.search(message.query, message.limit)),
        );
      case 'get-runbooks':
        return answer(
          message,
          showsPacksIn(sender)
            .then((p) => library.get(p))
            .then((l) => bodiesOf(l, message.ids)),
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
