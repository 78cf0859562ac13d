import { onPolicyChange, readPolicy, type ReadPolicy } from '../../services/settings/policy-source';
import { useWatched } from './use-watched';

/** The admin's policy as React state (null while loading), following policy changes. */
export function usePolicy(): ReadPolicy | null {
  return useWatched<ReadPolicy | null>(null, readPolicy, onPolicyChange)[0];
}
