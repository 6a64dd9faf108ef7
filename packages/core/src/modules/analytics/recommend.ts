import { createRanker, toBasketIndices } from './recommend-rank';
import type { CoOccurrenceModel, Similarity } from './recommend.types';

export type { CoOccurrenceModel, Similarity } from './recommend.types';

/** Options of `recommendForBasket`; `exclude` items (e.g. allergens) are never recommended. */
export type RecommendOptions = { similarity?: Similarity; exclude?: Iterable<string> };

/** A recommended item with its score (summed similarity, or basket count for popularity). */
export type ScoredItem = { item: string; score: number };

/** Counts items and item pairs over baskets in one pass; duplicate items within a basket count once. */
export function buildCoOccurrence(baskets: Iterable<Iterable<string>>): CoOccurrenceModel {
  const index = new Map<string, number>();
  const items: string[] = [];
  const counts: number[] = [];
  const pairs: Map<number, number>[] = [];
  let total = 0;
  for (const basket of baskets) {
    const ids = new Set<number>();
    for (const item of basket) {
      let i = index.get(item);
      if (i === undefined) {
        i = items.length;
        index.set(item, i);
        items.push(item);
        counts.push(0);
        pairs.push(new Map());
      }
      ids.add(i);
    }
    total++;
    for (const i of ids) {
      counts[i] = (counts[i] ?? 0) + 1;
      const row = pairs[i] ?? new Map<number, number>();
      for (const j of ids) if (j !== i) row.set(j, (row.get(j) ?? 0) + 1);
    }
  }
  const byId = items.map((_, i) => i).sort((a, b) => compareIds(items[a] ?? '', items[b] ?? ''));
  const idRank = new Int32Array(items.length);
  byId.forEach((i, rank) => (idRank[i] = rank));
  const byPopularity = items
    .map((_, i) => i)
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || (idRank[a] ?? 0) - (idRank[b] ?? 0));
  return {
    items,
    index,
    baskets: total,
    counts: Int32Array.from(counts),
    pairs,
    idRank,
    byPopularity: Int32Array.from(byPopularity),
  };
}

/**
 * Top-k items for a basket: each candidate scores the sum of its similarity to the basket's known items;
 * ties go to the more popular, then the smaller id. Basket and `exclude` items are never returned;
 * when fewer than k candidates co-occur (or no basket item is known) the rest is filled by popularity with score 0.
 */
export function recommendForBasket(
  model: CoOccurrenceModel,
  basketItems: Iterable<string>,
  k: number,
  options: RecommendOptions = {},
): ScoredItem[] {
  const rank = createRanker(model, options.similarity ?? 'cosine');
  const picks = rank(
    toBasketIndices(model, basketItems),
    k,
    toBasketIndices(model, options.exclude ?? []),
    [],
    true,
  );
  return picks.map(({ item, score }) => ({ item: model.items[item] ?? '', score }));
}

/** The k items in most baskets (ties: smaller id first), skipping `exclude`; score = basket count. */
export function popularItems(
  model: CoOccurrenceModel,
  k: number,
  exclude: Iterable<string> = [],
): ScoredItem[] {
  const rank = createRanker(model, 'cosine');
  const picks = rank([], k, toBasketIndices(model, exclude), [], false);
  return picks.map(({ item }) => ({ item: model.items[item] ?? '', score: model.counts[item] ?? 0 }));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
