import { useEffect, useState } from 'react';
import type { Effective } from '../../lib/settings/policy';
import { localSettings } from '../../services/storage/items';
import { loadEffective } from '../../services/settings/effective';
import { onPolicyChange } from '../../services/settings/policy-source';

export type LoadedEffective = Effective & { problems: string[] };

/** The settings in force as React state, following changes of the user's settings and of the policy. */
export function useEffective(initial: LoadedEffective | null = null): LoadedEffective | null {
  const [effective, setEffective] = useState<LoadedEffective | null>(initial);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      loadEffective().then(
        (value) => live && setEffective(value),
        () => {},
      );
    };
    load();
    const unwatch = localSettings.watch(load);
    const unwatchPolicy = onPolicyChange(load);
    return () => {
      live = false;
      unwatch();
      unwatchPolicy();
    };
  }, []);
  return effective;
}
