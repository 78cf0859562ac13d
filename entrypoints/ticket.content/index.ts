import { defineContentScript } from '#imports';
import { SITE_MATCHES } from '../../adapters/site-matches';
import { activeSite, loadSwitches } from '../../services/settings/site-of-url';
import { watchTicket } from './watch-ticket';

// Runs in every frame (the form often sits in gsft_main); kept small: no React, no runbooks.
// Custom hosts run this same file through scripting.registerContentScripts (background/host-scripts.ts).
export default defineContentScript({
  matches: [...SITE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Switched off for this site in the options page (or by policy): read nothing.
    const site = activeSite(new URL(location.href), await loadSwitches());
    if (site) watchTicket(ctx);
  },
});
