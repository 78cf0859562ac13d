import type { PackLayer } from './pack-merge';
import { StoredPack } from './pack-schema';
import { isManaged } from './pack-store';
import { checkPackRunbooks, type PackCheckOptions, type PackProblem } from './pack-validate';

export interface BrokenPack {
  id: string;
  name: string;
  errors: PackProblem[];
}

/**
 * The enabled packs as library layers. Stored packs were valid when stored; they are checked again
 * here because storage outlives extension updates (a newer schema may refuse an old pack) and anyone
 * with devtools can write to it. A pack that fails is left out whole, never half-used.
 */
export function packLayers(stored: unknown, options: PackCheckOptions): { layers: PackLayer[]; broken: BrokenPack[] } {
  const layers: PackLayer[] = [];
  // Managed packs go last, so their runbooks win over a user pack's runbook of the same id.
  const managedLayers: PackLayer[] = [];
  const broken: BrokenPack[] = [];
  for (const [i, raw] of (Array.isArray(stored) ? stored : []).entries()) {
    const parsed = StoredPack.safeParse(raw);
    if (!parsed.success) {
      broken.push({
        id: `#${i}`,
        name: `stored pack ${i + 1}`,
        errors: [{ file: '(storage)', path: '(root)', message: 'is not a pack' }],
      });
      continue;
    }
    const pack = parsed.data;
    // A managed pack is always on, whatever storage says (the policy sync switches it back on too).
    if (!pack.enabled && !isManaged(pack)) continue;
    const checked = checkPackRunbooks(pack.runbooks, pack.name, options);
    if (checked.errors.length > 0) broken.push({ id: pack.id, name: pack.name, errors: checked.errors });
    else
      (isManaged(pack) ? managedLayers : layers).push({
        id: pack.id,
        name: pack.name,
        runbooks: checked.runbooks,
        queries: pack.queries ?? [],
      });
  }
  return { layers: [...layers, ...managedLayers], broken };
}
