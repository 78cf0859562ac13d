import type { MatchModel } from '../matching/match-model';
import type { TermWeights } from './learned-evidence';

/**
 * The library's own rarity of a (stemmed) word. A word the library never uses weighs as much as its
 * rarest: product and site names the runbooks lack are exactly what agents teach.
 */
export function termWeights(model: MatchModel): TermWeights {
  return {
    weightOf: (term) => {
      const id = model.vocabIds.get(term);
      return id === undefined ? model.maxIdf : model.idf[id]!;
    },
    unit: model.maxIdf,
  };
}
