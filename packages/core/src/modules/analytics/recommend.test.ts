import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCoOccurrence, popularItems, recommendForBasket, type Similarity } from './recommend';

// counts: noodles 3, tea 3, rice 3, soup 2, dumplings 1, cake 1 (N = 7);
// pairs: noodles–tea 2, noodles–dumplings 1, rice–soup 2, rice–tea 1.
const baskets = [
  ['noodles', 'tea'],
  ['tea', 'noodles'],
  ['noodles', 'dumplings'],
  ['rice', 'soup'],
  ['rice', 'soup'],
  ['rice', 'tea'],
  ['cake'],
];
const model = buildCoOccurrence(baskets);

describe('buildCoOccurrence', () => {
  it('counts baskets per item and per pair, symmetrically', () => {
    const at = (item: string) => model.index.get(item) ?? -1;
    expect(model.baskets).toBe(7);
    expect(model.counts[at('tea')]).toBe(3);
    expect(model.pairs[at('noodles')]?.get(at('tea'))).toBe(2);
    expect(model.pairs[at('tea')]?.get(at('noodles'))).toBe(2);
    expect(model.pairs[at('noodles')]?.get(at('soup'))).toBeUndefined();
  });

  it('counts an item once per basket however often it was ordered', () => {
    const m = buildCoOccurrence([['tea', 'tea', 'cake']]);
    expect(Array.from(m.counts)).toEqual([1, 1]);
    expect(m.pairs[0]?.get(1)).toBe(1);
  });
});

describe('recommendForBasket', () => {
  it.each([
    {
      name: 'cosine prefers the frequent partner',
      basket: ['noodles'],
      k: 2,
      similarity: 'cosine',
      want: [
        ['tea', 2 / 3],
        ['dumplings', 1 / Math.sqrt(3)],
      ],
    },
    {
      name: 'lift prefers the rare but exclusive partner',
      basket: ['noodles'],
      k: 2,
      similarity: 'lift',
      want: [
        ['dumplings', 7 / 3],
        ['tea', 14 / 9],
      ],
    },
    {
      name: 'confidence is P(candidate | basket item)',
      basket: ['noodles'],
      k: 2,
      similarity: 'confidence',
      want: [
        ['tea', 2 / 3],
        ['dumplings', 1 / 3],
      ],
    },
    {
      name: 'scores sum over the basket items',
      basket: ['noodles', 'rice'],
      k: 3,
      similarity: 'cosine',
      want: [
        ['tea', 1],
        ['soup', 2 / Math.sqrt(6)],
        ['dumplings', 1 / Math.sqrt(3)],
      ],
    },
    {
      name: 'fills with popular items at score 0 when too few co-occur',
      basket: ['noodles'],
      k: 3,
      similarity: 'cosine',
      want: [
        ['tea', 2 / 3],
        ['dumplings', 1 / Math.sqrt(3)],
        ['rice', 0],
      ],
    },
    {
      name: 'falls back to popularity, ties by id, for an unknown basket',
      basket: ['pizza'],
      k: 3,
      similarity: 'cosine',
      want: [
        ['noodles', 0],
        ['rice', 0],
        ['tea', 0],
      ],
    },
  ] satisfies {
    name: string;
    basket: string[];
    k: number;
    similarity: Similarity;
    want: [string, number][];
  }[])('$name', ({ basket, k, similarity, want }) => {
    const got = recommendForBasket(model, basket, k, { similarity });
    expect(got.map((r) => r.item)).toEqual(want.map(([item]) => item));
    got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]?.[1] ?? NaN, 12));
  });

  it('never recommends what the guest is allergic to', () => {
    const got = recommendForBasket(model, ['noodles'], 2, { exclude: ['tea'] });
    expect(got.map((r) => r.item)).toEqual(['dumplings', 'rice']);
  });

  it('returns at most k distinct items, none in the basket or the exclude set, and all eligible items when k is large', () => {
    const item = fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    fc.assert(
      fc.property(
        fc.array(fc.array(item, { maxLength: 5 }), { maxLength: 30 }),
        fc.array(item, { maxLength: 4 }),
        fc.array(item, { maxLength: 3 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom<Similarity>('cosine', 'lift', 'confidence'),
        (data, basket, exclude, k, similarity) => {
          const m = buildCoOccurrence(data);
          const got = recommendForBasket(m, basket, k, { similarity, exclude }).map((r) => r.item);
          const eligible = m.items.filter((i) => !basket.includes(i) && !exclude.includes(i));
          expect(new Set(got).size).toBe(got.length);
          expect(got.every((i) => eligible.includes(i))).toBe(true);
          expect(got.length).toBe(Math.min(k, eligible.length));
        },
      ),
    );
  });
});

describe('popularItems', () => {
  it('lists the items in most baskets with their counts, ties by id, skipping excluded items', () => {
    expect(popularItems(model, 2)).toEqual([
      { item: 'noodles', score: 3 },
      { item: 'rice', score: 3 },
    ]);
    expect(popularItems(model, 3, ['noodles', 'pizza']).map((r) => r.item)).toEqual(['rice', 'tea', 'soup']);
  });
});
