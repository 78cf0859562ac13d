import { useEffect, useState } from 'react';
import { onPolicyChange, readPolicy, type ReadPolicy } from '../../services/settings/policy-source';

/** The admin's policy as React state (null while loading), following policy changes. */
export function usePolicy(): ReadPolicy | null {
  const [policy, setPolicy] = useState<ReadPolicy | null>(null);
  useEffect(() => {
    let live = true;
    const load = (): void => void readPolicy().then((p) => live && setPolicy(p));
    load();
    const unwatch = onPolicyChange(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return policy;
}
