import { defineContentScript } from '#imports';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { PANEL_HOST } from '../../lib/panel-layout';
import { SITE_MATCHES } from '../../adapters/site-matches';
import { createRemoteLibrary } from '../../services/library/remote-library';
import { packsItem } from '../../services/storage/items';
import type { LoadedEffective } from '../../components/hooks/use-effective';
import { loadEffective } from '../../services/settings/effective';
import { activeSite, switchesOf } from '../../services/settings/site-of-url';
import { PanelRoot } from './panel-root';
import { watchTabTickets } from './tab-tickets';
import { createPanelHost } from './panel-host';
// Bundled as a string and put into the shadow root here, so no stylesheet is web-accessible: a
// web-accessible file is one any site can request to learn that Runbook Lens is installed.
import panelCss from './panel.css?inline';

const LEAVE_AFTER_MS = 600;

// Top frame only: one <runbook-lens> host with an open shadow root (shared/contract.md), and only while a
// frame of the tab shows a ticket: lists, dashboards and landing pages never get one.
// Custom hosts run this same file through scripting.registerContentScripts (background/host-scripts.ts).
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The background holds the runbooks and the matcher; this script asks it for what it shows.
    const library = createRemoteLibrary();
    const tickets = watchTabTickets((text, answer) => library.seed(text, answer));
    ctx.onInvalidated(tickets.dispose);
    ctx.onInvalidated(packsItem.watch(() => library.reset(tickets.current()?.ticket.summary ?? null)));
    let mounting = false;
    let initial: Omit<Parameters<typeof PanelRoot>[0], 'tickets'> | null = null;
    // Started now, used at the first ticket: the settings are read while the page finishes loading, off the
    // path from "ticket reported" to "runbook shown". Nothing enters the page yet.
    let settings: Promise<LoadedEffective> | null = loadEffective();
    const ui = createPanelHost<Root>(ctx, {
      name: PANEL_HOST,
      css: panelCss.replaceAll(':root', ':host'),
      onMount(container) {
        const root = createRoot(container);
        // The first screen in this task: a concurrent render would yield to the page between slices and
        // show the runbook tens of ms later on a busy page.
        flushSync(() => root.render(<PanelRoot tickets={tickets} {...initial!} />));
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });

    /** A remount (the ticket came back) reads the settings again. */
    async function mount(): Promise<void> {
      const effective = await (settings ?? loadEffective());
      settings = null;
      // Switched off for this site in the options page (or by policy): no panel until a reload.
      if (!activeSite(new URL(location.href), switchesOf(effective))) return;
      initial = { library, initialSettings: effective };
      if (ctx.isValid && tickets.current() && !ui.mounted) ui.mount();
    }

    // A ticket page's own navigation reports "no ticket" for a moment between two tickets: the host goes
    // only once none has come back for a while, so the panel does not blink out and in.
    let leaving: ReturnType<typeof setTimeout> | undefined;
    const removeSoon = (): void => {
      leaving ??= setTimeout(() => {
        leaving = undefined;
        if (tickets.current() === null && ui.mounted) ui.remove();
      }, LEAVE_AFTER_MS);
    };
    ctx.onInvalidated(() => clearTimeout(leaving));

    async function follow(): Promise<void> {
      if (tickets.current() === null) {
        if (ui.mounted) removeSoon();
        return;
      }
      clearTimeout(leaving);
      leaving = undefined;
      if (ui.mounted || mounting) return;
      mounting = true;
      await mount().finally(() => (mounting = false));
      // The ticket may have gone while mounting.
      if (tickets.current() === null && ui.mounted) removeSoon();
    }
    tickets.subscribe(() => void follow());
    // Makes onInvalidated fire after an extension update, so an orphaned panel is removed.
    ctx.setInterval(() => {}, 5000);
  },
});
