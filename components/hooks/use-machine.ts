import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createActor, type Actor, type AnyActorLogic, type Snapshot, type SnapshotFrom } from 'xstate';

/**
 * A started actor of `machine` for the component's life (from `snapshot` when given), and its snapshot
 * as React state. What @xstate/react's useActorRef + useSelector did here, without that package and its
 * use-sync-external-store shim in the panel script, which every ticket page parses (issue #20).
 */
export function useMachine<M extends AnyActorLogic>(
  machine: M,
  snapshot?: Snapshot<unknown>,
): [SnapshotFrom<M>, Actor<M>] {
  // Pure transitions only (no invoked actors), so starting it while rendering has no effect outside.
  const [actor] = useState(() => (createActor(machine as AnyActorLogic, { snapshot }) as Actor<M>).start());
  useEffect(
    () => () => {
      actor.stop();
    },
    [actor],
  );
  const subscribe = useCallback(
    (listener: () => void) => {
      const subscription = actor.subscribe(listener);
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const current = useSyncExternalStore(
    subscribe,
    useCallback(() => actor.getSnapshot() as SnapshotFrom<M>, [actor]),
  );
  return [current, actor];
}
