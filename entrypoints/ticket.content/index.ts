import { defineContentScript } from '#imports';
import { SITE_MATCHES } from '../../adapters/site-matches';
import { watchTicket } from './watch-ticket';

// Runs in every frame (the form often sits in gsft_main); kept small: no React, no runbooks.
export default defineContentScript({
  matches: [...SITE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    watchTicket(ctx);
  },
});
