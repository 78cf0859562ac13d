import { createShadowRootUi, defineContentScript } from '#imports';
import { createRoot } from 'react-dom/client';
import { runbooks, matchIndex } from 'virtual:runbooks';
import { SITE_MATCHES } from '../../adapters/site-matches';
import { createMatcher } from '../../lib/match';
import { PanelRoot } from './panel-root';
import './panel.css';

// Top frame only: one <runbook-lens> host with an open shadow root (shared/contract.md).
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const library = {
      runbooks,
      byId: new Map(runbooks.map((r) => [r.id, r])),
      matcher: createMatcher(runbooks, matchIndex),
    };
    const ui = await createShadowRootUi(ctx, {
      name: 'runbook-lens',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(<PanelRoot library={library} />);
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
