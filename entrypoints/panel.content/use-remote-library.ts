import { useSyncExternalStore } from 'react';
import type { Library } from '../../services/library/build-library';
import type { RemoteLibrary } from '../../services/library/remote-library';

/** The panel's library: a new snapshot whenever an answer from the background arrives. */
export function useRemoteLibrary(remote: RemoteLibrary): Library {
  return useSyncExternalStore(remote.subscribe, remote.snapshot);
}
