import { useEffect, useState } from 'react';
import type { Library } from '../../services/library/build-library';
import { packsItem } from '../../services/storage/items';
import { buildLibrary } from '../../services/library/build-library';

/**
 * The library as React state: starts from `initial` (built before mounting, so the first render
 * already matches) or the bundled one, and is rebuilt whenever the stored packs change.
 */
export function useLibrary(initial?: Library): Library {
  const [library, setLibrary] = useState<Library>(() => initial ?? buildLibrary([]));
  useEffect(() => {
    let live = true;
    if (!initial)
      packsItem.getValue().then(
        (packs) => live && setLibrary(buildLibrary(packs)),
        () => {},
      );
    const unwatch = packsItem.watch((packs) => setLibrary(buildLibrary(packs)));
    return () => {
      live = false;
      unwatch();
    };
  }, [initial]);
  return library;
}
