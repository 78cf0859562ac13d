import { useCallback, useMemo, useState } from 'react';
import { packLayers } from '../../lib/packs/pack-layers';
import type { StoredPack } from '../../lib/packs/pack-schema';
import { isoDay } from '../../lib/runbooks/review-age';
import { BUNDLED_IDS } from '../../services/library/bundled-ids';
import { readPacks } from '../../services/packs/stored-packs';
import { packsItem } from '../../services/storage/items';
import { useStored } from '../hooks/use-stored';
import { PackCard } from './pack-card';
import { PackErrors } from './pack-errors';
import { PackImport } from './pack-import';

/** Runbook packs: the list (later packs win when two give the same id), import and subscribe. */
export function PacksSection() {
  const [raw, setRaw] = useStored(packsItem);
  const [today] = useState(() => isoDay(Date.now()));
  const packs = useMemo(() => readPacks(raw), [raw]);
  // Packs stored by an older version may no longer pass today's checks: they are left out of the library.
  const broken = useMemo(() => packLayers(raw, { bundledIds: BUNDLED_IDS, today }).broken, [raw, today]);
  // Through the React state, so switches show their new state at once (the write follows).
  const change = useCallback(
    (fn: (packs: StoredPack[]) => StoredPack[]): void => setRaw((prev) => fn(readPacks(prev))),
    [setRaw],
  );
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Runbook packs</h2>
      <p className="hint">
        Packs add runbooks to the bundled library, or replace bundled ones with the same id. Each pack is checked like
        the bundled library; a pack with any error is refused whole.
      </p>
      {packs.length === 0 ? (
        <p data-testid="no-packs">No packs yet: the bundled library is in use.</p>
      ) : (
        <ul className="packs">
          {packs.map((pack) => (
            <PackCard key={pack.id} pack={pack} change={change} />
          ))}
        </ul>
      )}
      {broken.map((b) => (
        <PackErrors
          key={b.id}
          testId="pack-broken"
          title={`“${b.name}” no longer passes the checks and is not used`}
          errors={b.errors}
        />
      ))}
      <PackImport packs={packs} />
    </section>
  );
}
