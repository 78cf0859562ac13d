import { browser } from 'wxt/browser';
import { parsePolicy, type Policy } from '../../lib/settings/policy';
import { readManagedRaw } from './managed-raw';

export interface ReadPolicy {
  policy: Policy;
  problems: string[];
}

/** The admin's policy, checked field by field (lib/settings/policy.ts). */
export async function readPolicy(): Promise<ReadPolicy> {
  return parsePolicy(await readManagedRaw());
}

/** Calls back when the policy changes (Chromium re-reads policy every few hours; Firefox needs a restart). */
export function onPolicyChange(callback: () => void): () => void {
  const listener = (_changes: unknown, area: string): void => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
