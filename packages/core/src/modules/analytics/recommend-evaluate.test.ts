import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCoOccurrence, popularItems, recommendForBasket, type Similarity } from './recommend';
import { evaluateRecommendations } from './recommend-evaluate';

/** The protocol written out naively: rebuild the model without each order. */
function evaluateByRebuilding(baskets: string[][], k: number, similarity: Similarity) {
  let heldOut = 0;
  let hits = 0;
  let popularityHits = 0;
  baskets.forEach((basket, at) => {
    if (basket.length < 2) return;
    const model = buildCoOccurrence(baskets.filter((_, i) => i !== at));
    for (const held of basket) {
      const rest = basket.filter((item) => item !== held);
      heldOut++;
      if (recommendForBasket(model, rest, k, { similarity }).some((r) => r.item === held)) hits++;
      if (popularItems(model, k, rest).some((r) => r.item === held)) popularityHits++;
    }
  });
  return { heldOut, hits, popularityHits };
}

describe('evaluateRecommendations', () => {
  it('scores each held-out item against a model that never saw its order', () => {
    // Leaving {a, b} out leaves one {a, b}: the pair predicts the partner, popularity says c.
    const report = evaluateRecommendations([['a', 'b'], ['a', 'b'], ['c'], ['c'], ['c']], { k: 1 });
    expect(report).toEqual({
      orders: 2,
      k: 1,
      heldOut: 4,
      hitRate: 1,
      popularityHitRate: 0,
      baskets: 5,
      items: 3,
    });
  });

  it('gets no hit from a pair seen only in the held-out order', () => {
    const report = evaluateRecommendations([['a', 'b'], ['c'], ['c']], { k: 1 });
    expect(report).toMatchObject({ orders: 1, heldOut: 2, hitRate: 0, popularityHitRate: 0 });
  });

  it('counts duplicate lines of an order once and reports zero rates when no order has two items', () => {
    expect(evaluateRecommendations([['a', 'a'], ['b']])).toEqual({
      orders: 0,
      k: 5,
      heldOut: 0,
      hitRate: 0,
      popularityHitRate: 0,
      baskets: 2,
      items: 2,
    });
  });

  it('gives the same hit rates as rebuilding the model without each order', () => {
    const basket = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.array(basket, { maxLength: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<Similarity>('cosine', 'lift', 'confidence'),
        (baskets, k, similarity) => {
          const want = evaluateByRebuilding(baskets, k, similarity);
          const got = evaluateRecommendations(baskets, { k, similarity });
          expect(got.heldOut).toBe(want.heldOut);
          expect(got.hitRate * got.heldOut).toBeCloseTo(want.hits, 9);
          expect(got.popularityHitRate * got.heldOut).toBeCloseTo(want.popularityHits, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
