import type { CoOccurrenceModel, Similarity } from './recommend.types';

/** One ranked candidate: an item index and its score (0 for popularity fill). */
export type RankedIndex = { item: number; score: number };

/**
 * Ranks items for a basket of item indices: `(basket, k, exclude, without, bySimilarity)`.
 * `without` is a basket whose counts are subtracted first (leave-one-order-out); with
 * `bySimilarity` false the result is pure popularity. Reuses buffers: not reentrant.
 */
export type Ranker = (
  basket: readonly number[],
  k: number,
  exclude: readonly number[],
  without: readonly number[],
  bySimilarity: boolean,
) => RankedIndex[];

const NO_PAIRS: ReadonlyMap<number, number> = new Map();

/** The distinct known item indices of a basket, ascending; unknown items are dropped. */
export function toBasketIndices(model: CoOccurrenceModel, items: Iterable<string>): number[] {
  const ids = new Set<number>();
  for (const item of items) {
    const i = model.index.get(item);
    if (i !== undefined) ids.add(i);
  }
  return [...ids].sort((a, b) => a - b);
}

/** A ranker over one model with scratch buffers sized to its items (O(touched) work per call). */
export function createRanker(model: CoOccurrenceModel, similarity: Similarity): Ranker {
  const n = model.items.length;
  const score = new Float64Array(n);
  const blocked = new Uint8Array(n);
  const removed = new Uint8Array(n);
  const touched: number[] = [];
  const count = (i: number) => (model.counts[i] ?? 0) - (removed[i] ?? 0);
  const idRank = (i: number) => model.idRank[i] ?? 0;
  const better = (a: number, b: number) => count(b) - count(a) || idRank(a) - idRank(b);

  return (basket, k, exclude, without, bySimilarity) => {
    for (const i of without) removed[i] = 1;
    for (const i of basket) blocked[i] = 1;
    for (const i of exclude) blocked[i] = 1;
    const total = model.baskets - (without.length > 0 ? 1 : 0);
    const picks: RankedIndex[] = [];
    if (bySimilarity && k > 0) {
      // Summing in id order makes scores independent of item indices (float addition is not associative).
      for (const r of [...basket].sort((a, b) => idRank(a) - idRank(b))) {
        const nr = count(r);
        for (const [c, pairCount] of model.pairs[r] ?? NO_PAIRS) {
          if (blocked[c]) continue;
          const co = pairCount - ((removed[r] ?? 0) & (removed[c] ?? 0));
          if (co <= 0) continue;
          const nc = count(c);
          const s =
            similarity === 'cosine'
              ? co / Math.sqrt(nr * nc)
              : similarity === 'lift'
                ? (co * total) / (nr * nc)
                : co / nr;
          if (score[c] === 0) touched.push(c);
          score[c] = (score[c] ?? 0) + s;
        }
      }
      touched.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || better(a, b));
      for (const c of touched.slice(0, k)) picks.push({ item: c, score: score[c] ?? 0 });
    }
    // Subtracting `without` lowers some counts by one, so the true top m lies within the
    // first m + |without| eligible items of the precomputed popularity order.
    const need = k - picks.length;
    if (need > 0) {
      const pool: number[] = [];
      for (const c of model.byPopularity) {
        if (pool.length >= need + without.length) break;
        if (!blocked[c] && !score[c] && count(c) > 0) pool.push(c);
      }
      for (const c of pool.sort(better).slice(0, need)) picks.push({ item: c, score: 0 });
    }
    for (const i of touched) score[i] = 0;
    touched.length = 0;
    for (const i of without) removed[i] = 0;
    for (const i of basket) blocked[i] = 0;
    for (const i of exclude) blocked[i] = 0;
    return picks;
  };
}
