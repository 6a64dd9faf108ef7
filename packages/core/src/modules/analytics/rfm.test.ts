import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileScores, RFM_SEGMENT_RULES, rfmScores, rfmSegment, type RfmSegment } from './rfm';

describe('quintileScores', () => {
  it.each([
    { name: 'five distinct values get 1 to 5', values: [10, 20, 30, 40, 50], scores: [1, 2, 3, 4, 5] },
    {
      name: 'ten distinct values fill each quintile twice',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      scores: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
    },
    { name: 'all equal values sit in the middle', values: [7, 7, 7, 7], scores: [3, 3, 3, 3] },
    { name: 'ties share the mid-rank score', values: [1, 2, 2, 2, 9], scores: [1, 3, 3, 3, 5] },
    { name: 'a single customer is in the middle', values: [42], scores: [3] },
    { name: 'input order does not matter', values: [50, 10, 40, 20, 30], scores: [5, 1, 4, 2, 3] },
    { name: 'zero and negative zero are equal', values: [0, -0, 1], scores: [2, 2, 5] },
  ])('$name', ({ values, scores }) => {
    expect(Array.from(quintileScores(values))).toEqual(scores);
  });

  it('reverses the order when lower values are better', () => {
    expect(Array.from(quintileScores([10, 20, 30, 40, 50], 'lower'))).toEqual([5, 4, 3, 2, 1]);
  });

  it('always scores 1–5, gives equal values equal scores and never ranks a better value lower', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 }), (values) => {
        const scores = quintileScores(values);
        values.forEach((v, i) => {
          const s = scores[i] ?? 0;
          expect(s).toBeGreaterThanOrEqual(1);
          expect(s).toBeLessThanOrEqual(5);
          values.forEach((w, j) => {
            if (v === w) expect(scores[j]).toBe(s);
            if (v < w) expect(scores[j]).toBeGreaterThanOrEqual(s);
          });
        });
      }),
    );
  });

  it('puts about a fifth of distinct values in each quintile', () => {
    const scores = quintileScores(Array.from({ length: 1000 }, (_, i) => i));
    for (let q = 1; q <= 5; q++) expect(scores.filter((s) => s === q)).toHaveLength(200);
  });

  it('rejects values that cannot be ranked', () => {
    expect(() => quintileScores([1, NaN])).toThrow(RangeError);
  });
});

describe('rfmScores', () => {
  it('scores recency so that the most recent customer is best', () => {
    const scores = rfmScores({ recency: [1, 50, 100], frequency: [9, 5, 1], monetary: [300, 200, 100] });
    expect(Array.from(scores.recency)).toEqual([5, 3, 1]);
    expect(Array.from(scores.frequency)).toEqual([5, 3, 1]);
    expect(Array.from(scores.monetary)).toEqual([5, 3, 1]);
  });
});

describe('rfmSegment', () => {
  it('the rule table covers every (R, FM) cell exactly once', () => {
    for (let r = 1; r <= 5; r++) {
      for (let fm = 1; fm <= 5; fm++) {
        const matches = RFM_SEGMENT_RULES.filter(
          (rule) => r >= rule.recency[0] && r <= rule.recency[1] && fm >= rule.fm[0] && fm <= rule.fm[1],
        );
        expect(matches, `R=${r} FM=${fm}`).toHaveLength(1);
      }
    }
  });

  it.each<[number, number, number, RfmSegment]>([
    [5, 5, 5, 'champions'],
    [5, 4, 3, 'champions'],
    [4, 5, 4, 'loyal'],
    [3, 4, 4, 'loyal'],
    [5, 2, 3, 'potential'],
    [4, 3, 2, 'potential'],
    [5, 1, 1, 'new'],
    [4, 1, 1, 'promising'],
    [3, 3, 3, 'need_attention'],
    [3, 1, 2, 'need_attention'],
    [2, 4, 3, 'at_risk'],
    [1, 3, 3, 'at_risk'],
    [1, 5, 5, 'cant_lose'],
    [2, 5, 4, 'cant_lose'],
    [2, 2, 1, 'hibernating'],
    [1, 1, 2, 'lost'],
    [1, 2, 2, 'lost'],
  ])('R=%i F=%i M=%i is %s', (r, f, m, segment) => {
    expect(rfmSegment(r, f, m)).toBe(segment);
  });

  it('rejects scores outside 1–5', () => {
    expect(() => rfmSegment(0, 3, 3)).toThrow(RangeError);
    expect(() => rfmSegment(3, 6, 1)).toThrow(RangeError);
    expect(() => rfmSegment(3, 2.5, 3)).toThrow(RangeError);
  });
});
