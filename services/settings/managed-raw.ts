import { browser } from 'wxt/browser';

/**
 * The admin's policy as stored (storage.managed), unchecked. With no policy Chromium answers {};
 * Firefox without a policy (or managed-storage manifest) rejects, which is the same as no policy.
 */
export async function readManagedRaw(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}
