import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateLoyalty } from './loyalty-aggregate';
import {
  LOYALTY_WEIGHTS,
  loyaltyCoefficient,
  loyaltyScalesFromMedians,
  type LoyaltyInput,
} from './loyalty-coefficient';

describe('loyaltyCoefficient', () => {
  it.each([
    {
      name: 'behaviour only: weights re-normalise over repeat, frequency and spend',
      input: { visits: 4, visitsPer30Days: 2, spendFen: 50_000 },
      // (0.25·0.75 + 0.25·0.5 + 0.2·0.5) / 0.7
      coefficient: (0.4125 / 0.7) * 100,
    },
    {
      name: 'all five components',
      input: { visits: 4, visitsPer30Days: 2, spendFen: 50_000, nps: 9, satisfaction: 4 },
      coefficient: 66,
    },
    {
      name: 'NPS known, satisfaction not asked',
      input: { visits: 4, visitsPer30Days: 2, spendFen: 50_000, nps: 9, satisfaction: null },
      coefficient: (0.5475 / 0.85) * 100,
    },
    {
      name: 'one visit and a top satisfaction',
      input: { visits: 1, visitsPer30Days: 6, spendFen: 150_000, satisfaction: 5 },
      coefficient: (0.4875 / 0.85) * 100,
    },
    { name: 'no visits at all', input: { visits: 0, visitsPer30Days: 0, spendFen: 0 }, coefficient: 0 },
    {
      name: 'detractor with low satisfaction pulls a frequent guest down',
      input: { visits: 10, visitsPer30Days: 8, spendFen: 200_000, nps: 0, satisfaction: 1 },
      coefficient: (0.25 * 0.9 + 0.25 * 0.8 + 0.2 * 0.8) * 100,
    },
  ])('$name', ({ input, coefficient }) => {
    expect(loyaltyCoefficient(input).coefficient).toBeCloseTo(coefficient, 10);
  });

  it('reports the component scores and the weights used, which sum to 1', () => {
    const score = loyaltyCoefficient({ visits: 4, visitsPer30Days: 2, spendFen: 50_000, nps: 9 });
    expect(score.components).toEqual({ repeat: 0.75, frequency: 0.5, spend: 0.5, nps: 0.9 });
    expect(Object.keys(score.weights)).toEqual(['repeat', 'frequency', 'spend', 'nps']);
    expect(Object.values(score.weights).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 14);
    expect(score.weights.nps).toBeCloseTo(0.15 / 0.85, 14);
  });

  it('takes other weights and half-points', () => {
    const weights = { ...LOYALTY_WEIGHTS, repeat: 0, frequency: 0, nps: 0, satisfaction: 0 };
    const score = loyaltyCoefficient(
      { visits: 3, visitsPer30Days: 1, spendFen: 30_000 },
      { weights, scales: { frequencyHalf: 1, spendHalfFen: 10_000 } },
    );
    expect(score.coefficient).toBeCloseTo(75, 12);
  });

  it.each([
    { visits: -1, visitsPer30Days: 0, spendFen: 0 },
    { visits: 1.5, visitsPer30Days: 0, spendFen: 0 },
    { visits: 1, visitsPer30Days: NaN, spendFen: 0 },
    { visits: 1, visitsPer30Days: 1, spendFen: -5 },
    { visits: 1, visitsPer30Days: 1, spendFen: 5, nps: 11 },
    { visits: 1, visitsPer30Days: 1, spendFen: 5, satisfaction: 0 },
  ])('rejects the impossible input %o', (input) => {
    expect(() => loyaltyCoefficient(input)).toThrow(RangeError);
  });

  it('rejects weights that give the present components nothing', () => {
    const weights = { repeat: 0, frequency: 0, spend: 0, nps: 1, satisfaction: 1 };
    expect(() => loyaltyCoefficient({ visits: 1, visitsPer30Days: 1, spendFen: 1 }, { weights })).toThrow(
      RangeError,
    );
  });

  const arbitraryInput = fc.record({
    visits: fc.nat(200),
    visitsPer30Days: fc.double({ min: 0, max: 60, noNaN: true }),
    spendFen: fc.nat(10_000_000),
    nps: fc.option(fc.integer({ min: 0, max: 10 })),
    satisfaction: fc.option(fc.double({ min: 1, max: 5, noNaN: true })),
  });

  it('stays within 0–100 and between the lowest and highest component score', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const { coefficient, components } = loyaltyCoefficient(input);
        const scores = Object.values(components).map((s) => s * 100);
        expect(coefficient).toBeGreaterThanOrEqual(0);
        expect(coefficient).toBeLessThanOrEqual(100);
        expect(coefficient).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
        expect(coefficient).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
      }),
    );
  });

  it('never falls when one component improves and the rest stay the same', () => {
    const improve = (input: LoyaltyInput, which: number, step: number): LoyaltyInput => {
      switch (which) {
        case 0:
          return { ...input, visits: input.visits + Math.ceil(step * 10) };
        case 1:
          return { ...input, visitsPer30Days: input.visitsPer30Days + step * 5 };
        case 2:
          return { ...input, spendFen: input.spendFen + Math.round(step * 100_000) };
        case 3:
          return { ...input, nps: Math.min(10, (input.nps ?? 0) + Math.ceil(step * 3)) };
        default:
          return { ...input, satisfaction: Math.min(5, (input.satisfaction ?? 1) + step) };
      }
    };
    fc.assert(
      fc.property(
        arbitraryInput,
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, which, step) => {
          const known = { ...input, nps: input.nps ?? 5, satisfaction: input.satisfaction ?? 3 };
          const before = loyaltyCoefficient(known).coefficient;
          const after = loyaltyCoefficient(improve(known, which, step)).coefficient;
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
    );
  });
});

describe('loyaltyScalesFromMedians', () => {
  it('uses the medians of the positive frequencies and spends, or the defaults without any', () => {
    const guests = [
      { visits: 1, visitsPer30Days: 1, spendFen: 1_000 },
      { visits: 2, visitsPer30Days: 3, spendFen: 5_000 },
      { visits: 0, visitsPer30Days: 0, spendFen: 0 },
      { visits: 5, visitsPer30Days: 4, spendFen: 9_000 },
      { visits: 5, visitsPer30Days: 8, spendFen: 2_000 },
    ];
    expect(loyaltyScalesFromMedians(guests)).toEqual({ frequencyHalf: 3.5, spendHalfFen: 3_500 });
    expect(loyaltyScalesFromMedians([])).toEqual({ frequencyHalf: 2, spendHalfFen: 50_000 });
  });
});

describe('aggregateLoyalty', () => {
  it('gives the mean and the share strictly above 60 per brand and store, counting a guest once in each', () => {
    const result = aggregateLoyalty([
      { guestId: 'g1', brandId: 'b1', storeIds: ['s1', 's2'], coefficient: 80 },
      { guestId: 'g2', brandId: 'b1', storeIds: ['s1'], coefficient: 60 },
      { guestId: 'g3', brandId: 'b1', storeIds: ['s2', 's2'], coefficient: 40 },
      { guestId: 'g1', brandId: 'b1', storeIds: ['s2', 's3'], coefficient: 80 },
      { guestId: 'g4', brandId: 'b2', storeIds: ['s9'], coefficient: 70 },
    ]);
    expect(result.brands).toEqual([
      { brandId: 'b1', guests: 3, mean: 60, shareAbove60: 1 / 3 },
      { brandId: 'b2', guests: 1, mean: 70, shareAbove60: 1 },
    ]);
    expect(result.stores).toEqual([
      { storeId: 's1', brandId: 'b1', guests: 2, mean: 70, shareAbove60: 0.5 },
      { storeId: 's2', brandId: 'b1', guests: 2, mean: 60, shareAbove60: 0.5 },
      { storeId: 's3', brandId: 'b1', guests: 1, mean: 80, shareAbove60: 1 },
      { storeId: 's9', brandId: 'b2', guests: 1, mean: 70, shareAbove60: 1 },
    ]);
  });

  it('rejects a coefficient outside 0–100', () => {
    expect(() => aggregateLoyalty([{ guestId: 'g', brandId: 'b', storeIds: [], coefficient: 101 }])).toThrow(
      RangeError,
    );
  });
});
