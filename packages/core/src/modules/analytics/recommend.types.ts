/**
 * How item j is scored against basket item i: cosine co/√(nᵢ·nⱼ) in [0, 1], lift co·N/(nᵢ·nⱼ)
 * (1 = independent), or confidence co/nᵢ = P(j | i) (association rules, Agrawal et al. 1993).
 */
export type Similarity = 'cosine' | 'lift' | 'confidence';

/**
 * Item-to-item co-occurrence counts over `baskets` baskets (a basket = the distinct items of one order).
 * Items are indexed 0…n−1 in first-seen order; `pairs[i].get(j)` = baskets holding both i and j (i ≠ j).
 */
export type CoOccurrenceModel = {
  items: readonly string[];
  index: ReadonlyMap<string, number>;
  baskets: number;
  /** Baskets holding item i. */
  counts: Int32Array;
  /** Symmetric: `pairs[i].get(j) === pairs[j].get(i)`; absent pairs never co-occurred. */
  pairs: readonly ReadonlyMap<number, number>[];
  /** Rank of each item id in ascending code-unit order, the last tie-break. */
  idRank: Int32Array;
  /** Item indices by count descending, then id ascending. */
  byPopularity: Int32Array;
};
