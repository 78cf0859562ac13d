import { buildLibrary, type Library } from '../../services/library/build-library';
import { packsItem } from '../../services/storage/items';
import { useWatched } from './use-watched';

/**
 * The library as React state: starts from `initial` (built before mounting, so the first render
 * already matches) or the bundled one, and is rebuilt whenever the stored packs change.
 */
export function useLibrary(initial?: Library): Library {
  const [library] = useWatched<Library>(
    () => initial ?? buildLibrary([]),
    async () => buildLibrary(await packsItem.getValue()),
    (onChange) => packsItem.watch(onChange),
    { loadNow: !initial },
  );
  return library;
}
