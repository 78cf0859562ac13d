import { useMemo } from 'react';
import { buildLibrary, type Library } from '../../services/library/build-library';
import { packsItem } from '../../services/storage/items';
import { useWatched } from './use-watched';

/**
 * The library as React state: starts from `initial` (built before mounting, so the first render
 * already matches) or the bundled one, and is rebuilt whenever the stored packs change. Without
 * `withPacks` (a page that is not the organization's) it stays the bundled library.
 */
export function useLibrary(initial?: Library, withPacks = true): Library {
  const [library] = useWatched<Library>(
    () => initial ?? buildLibrary([]),
    async () => buildLibrary(await packsItem.getValue()),
    (onChange) => packsItem.watch(onChange),
    { loadNow: !initial },
  );
  const bundled = useMemo(() => (withPacks ? null : buildLibrary([])), [withPacks]);
  return bundled ?? library;
}
