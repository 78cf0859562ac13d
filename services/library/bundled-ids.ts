import { runbookIds } from 'virtual:runbooks';

/** Ids of the bundled runbooks: packs may link to them and override them (lib/packs/pack-validate.ts). */
export const BUNDLED_IDS: readonly string[] = runbookIds;
