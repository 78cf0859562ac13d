import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTicketData } from './forget-ticket-data';
import { feedbackMemory, localSettings, packsItem, TICKET_DATA_KEYS, triageMemory } from './items';

beforeEach(() => fakeBrowser.reset());

describe('forgetTicketData', () => {
  it('empties tree answers and votes, and leaves settings and packs alone', async () => {
    const at = Date.now();
    await triageMemory.setValue({ 'INC1@https://acme.service-now.com|vpn': { value: [], at } });
    await feedbackMemory.setValue({
      'vpn|INC1@https://acme.service-now.com': { value: 'yes', at },
      'vpn|INC2@https://acme.service-now.com': { value: 'no', at },
    });
    await localSettings.setValue({ ...(await localSettings.getValue()), packRefreshHours: 12 });
    await packsItem.setValue([]);

    expect(await forgetTicketData()).toBe(3);
    expect(await triageMemory.getValue()).toEqual({});
    expect(await feedbackMemory.getValue()).toEqual({});
    const left = await browser.storage.local.get(null);
    for (const key of TICKET_DATA_KEYS) expect(left).not.toHaveProperty(key);
    expect((await localSettings.getValue()).packRefreshHours).toBe(12);
    expect(left).toHaveProperty('packs');
  });
});
