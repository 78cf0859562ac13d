import type { Effective } from '../../lib/settings/policy';
import { loadEffective } from '../../services/settings/effective';
import { onPolicyChange } from '../../services/settings/policy-source';
import { localSettings } from '../../services/storage/items';
import { useWatched } from './use-watched';

export type LoadedEffective = Effective & { problems: string[] };

/** The settings in force as React state, following changes of the user's settings and of the policy. */
export function useEffective(initial: LoadedEffective | null = null): LoadedEffective | null {
  const [effective] = useWatched<LoadedEffective | null>(initial, loadEffective, (onChange) => {
    const unwatch = localSettings.watch(onChange);
    const unwatchPolicy = onPolicyChange(onChange);
    return () => {
      unwatch();
      unwatchPolicy();
    };
  });
  return effective;
}
