import { buildCoOccurrence, type Similarity } from './recommend';
import { createRanker, toBasketIndices } from './recommend-rank';

/** Hit rates at k of the co-occurrence model and of the popularity baseline (see `evaluateRecommendations`). */
export type RecommendEvaluation = {
  /** Evaluated baskets: orders with at least two distinct items. */
  orders: number;
  k: number;
  /** Held-out cases: one per item of every evaluated basket. */
  heldOut: number;
  hitRate: number;
  popularityHitRate: number;
  /** All baskets read (including single-item ones) and distinct items among them. */
  baskets: number;
  items: number;
};

/** Options of `evaluateRecommendations`: list length k (default 5) and similarity (default cosine). */
export type EvaluateOptions = { k?: number; similarity?: Similarity };

/**
 * Leave-one-item-out hit rate at k. For every basket with ≥ 2 distinct items and each of its items in turn,
 * the other items are the query; the model (and the popularity baseline) are the counts of all baskets minus
 * this one. A hit = the held-out item is in the top k. Rates are hits / held-out cases (0 when there are none).
 */
export function evaluateRecommendations(
  baskets: Iterable<Iterable<string>>,
  options: EvaluateOptions = {},
): RecommendEvaluation {
  const k = options.k ?? 5;
  const distinct = Array.from(baskets, (basket) => [...new Set(basket)]);
  const model = buildCoOccurrence(distinct);
  const rank = createRanker(model, options.similarity ?? 'cosine');
  let orders = 0;
  let heldOut = 0;
  let hits = 0;
  let popularityHits = 0;
  for (const basket of distinct) {
    const ids = toBasketIndices(model, basket);
    if (ids.length < 2) continue;
    orders++;
    for (const held of ids) {
      const rest = ids.filter((i) => i !== held);
      heldOut++;
      if (rank(rest, k, [], ids, true).some((p) => p.item === held)) hits++;
      if (rank(rest, k, [], ids, false).some((p) => p.item === held)) popularityHits++;
    }
  }
  return {
    orders,
    k,
    heldOut,
    hitRate: heldOut ? hits / heldOut : 0,
    popularityHitRate: heldOut ? popularityHits / heldOut : 0,
    baskets: distinct.length,
    items: model.items.length,
  };
}
