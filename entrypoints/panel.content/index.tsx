import { createShadowRootUi, defineContentScript } from '#imports';
import { createRoot } from 'react-dom/client';
import { PANEL_HOST } from '../../lib/panel-layout';
import { SITE_MATCHES } from '../../adapters/site-matches';
import { buildLibrary } from '../../services/library/build-library';
import { loadEffective } from '../../services/settings/effective';
import { activeSite, switchesOf } from '../../services/settings/site-of-url';
import { packsItem } from '../../services/storage/items';
import { PanelRoot } from './panel-root';
// Bundled as a string and put into the shadow root here, so no stylesheet is web-accessible: a
// web-accessible file is one any site can request to learn that Runbook Lens is installed.
import panelCss from './panel.css?inline';

// Top frame only: one <runbook-lens> host with an open shadow root (shared/contract.md).
// Custom hosts run this same file through scripting.registerContentScripts (background/host-scripts.ts).
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const [effective, packs] = await Promise.all([loadEffective(), packsItem.getValue()]);
    // Switched off for this site in the options page (or by policy): no panel until a reload.
    if (!activeSite(new URL(location.href), switchesOf(effective))) return;
    // Bundled + enabled packs; with no packs the build-time match index is reused as it is. Off the
    // organization's sites PanelRoot shows the bundled library only (useLibrary).
    const library = buildLibrary(packs);
    const ui = await createShadowRootUi(ctx, {
      name: PANEL_HOST,
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      isolateEvents: true,
      css: panelCss.replaceAll(':root', ':host'),
      onMount(container) {
        const root = createRoot(container);
        root.render(<PanelRoot initialLibrary={library} initialSettings={effective} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    // Makes onInvalidated fire after an extension update, so an orphaned panel is removed.
    ctx.setInterval(() => {}, 5000);
  },
});
