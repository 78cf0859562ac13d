import { browser } from 'wxt/browser';
import { TICKET_DATA_KEYS } from './items';

/**
 * Removes everything remembered about tickets (TICKET_DATA_KEYS); answers how many entries were held.
 * Settings, packs and panel preferences stay. Open panels follow through their storage watchers.
 */
export async function forgetTicketData(): Promise<number> {
  const stored = await browser.storage.local.get([...TICKET_DATA_KEYS]);
  const count = Object.values(stored).reduce<number>(
    (sum, value) => sum + (value && typeof value === 'object' ? Object.keys(value).length : 0),
    0,
  );
  await browser.storage.local.remove([...TICKET_DATA_KEYS]);
  return count;
}
