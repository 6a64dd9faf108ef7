import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignNearest, kMeans, sampleIndices } from './kmeans';
import { createRandom } from './random';
import { meanSilhouette, pairwiseDistances } from './silhouette';

const column = (xs: number[]) => Float64Array.from(xs);

describe('sampleIndices', () => {
  it('draws m distinct indices in increasing order, or all of them when m ≥ n', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(400), fc.nat(), (n, m, seed) => {
        const sample = Array.from(sampleIndices(n, m, createRandom(seed)));
        expect(sample).toHaveLength(Math.min(n, m));
        sample.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(n);
          if (i > 0) expect(v).toBeGreaterThan(sample[i - 1] ?? -1);
        });
      }),
    );
  });

  it('gives every index about the same chance', () => {
    const hits = new Array<number>(10).fill(0);
    const random = createRandom(5);
    for (let r = 0; r < 20_000; r++)
      for (const i of sampleIndices(10, 3, random)) hits[i] = (hits[i] ?? 0) + 1;
    for (const h of hits) expect(h / 20_000).toBeCloseTo(0.3, 1);
  });
});

describe('kMeans', () => {
  it('finds the two obvious groups of a line with their means and inertia', () => {
    const result = kMeans(column([0, 1, 10, 11]), 1, 2, { seed: 3 });
    expect(result.k).toBe(2);
    expect(Array.from(result.centroids).sort((a, b) => a - b)).toEqual([0.5, 10.5]);
    expect(result.inertia).toBeCloseTo(1, 12);
    expect(result.labels[0]).toBe(result.labels[1]);
    expect(result.labels[2]).toBe(result.labels[3]);
    expect(result.labels[0]).not.toBe(result.labels[2]);
    expect(Array.from(result.sizes)).toEqual([2, 2]);
  });

  it('places no more centroids than there are distinct points, without NaN', () => {
    const few = kMeans(column([1, 2, 3, 2, 1]), 1, 6, { seed: 1 });
    expect(few.k).toBe(3);
    expect(few.inertia).toBe(0);
    expect(Array.from(few.centroids).every(Number.isFinite)).toBe(true);
    const same = kMeans(new Float64Array(40).fill(7), 2, 4, { seed: 1 });
    expect(same.k).toBe(1);
    expect(Array.from(same.centroids)).toEqual([7, 7]);
    expect(Array.from(same.sizes)).toEqual([20]);
  });

  it('returns no cluster for no rows and rejects a bad shape or k', () => {
    expect(kMeans(new Float64Array(0), 3, 2).k).toBe(0);
    expect(() => kMeans(new Float64Array(5), 2, 2)).toThrow(RangeError);
    expect(() => kMeans(new Float64Array(4), 2, 0)).toThrow(RangeError);
  });

  it('gives the same clustering for the same seed', () => {
    const random = createRandom(11);
    const values = Float64Array.from({ length: 600 }, () => random());
    const a = kMeans(values, 3, 5, { seed: 9 });
    const b = kMeans(values, 3, 5, { seed: 9 });
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
    expect(b.inertia).toBe(a.inertia);
  });

  it('keeps the restart of lowest inertia', () => {
    const random = createRandom(2);
    const values = Float64Array.from({ length: 900 }, () => random());
    const single = [1, 2, 3, 4, 5, 6].map((seed) => kMeans(values, 3, 6, { seed, restarts: 1 }).inertia);
    const best = kMeans(values, 3, 6, { seed: 1, restarts: 6 }).inertia;
    expect(best).toBeLessThanOrEqual(Math.max(...single));
    expect(best).toBeLessThanOrEqual(single[0] ?? Infinity);
  });

  it('leaves every row nearest to its own centroid', () => {
    const random = createRandom(4);
    const values = Float64Array.from({ length: 1000 }, () => random());
    const result = kMeans(values, 2, 4, { seed: 4 });
    const labels = new Int32Array(500);
    assignNearest(values, 2, result.centroids, result.k, labels, new Float64Array(500));
    expect(Array.from(labels)).toEqual(Array.from(result.labels));
  });
});

describe('meanSilhouette', () => {
  const distances = pairwiseDistances(column([0, 1, 10, 11]), 1, [0, 1, 2, 3]);

  it('matches the hand-computed value for two tight pairs', () => {
    // s = (10.5 − 1)/10.5 for the outer points and (9.5 − 1)/9.5 for the inner ones.
    const expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
    expect(meanSilhouette(distances, [0, 0, 1, 1], 2)).toBeCloseTo(expected, 14);
  });

  it('scores a point alone in its cluster 0 and a single cluster 0', () => {
    // Points 0 and 1: a = 1 and b = their distance to the lone point 10; the lone points score 0.
    const three = meanSilhouette(distances, [0, 0, 1, 2], 3);
    const expected = ((10 - 1) / 10 + (9 - 1) / 9 + 0 + 0) / 4;
    expect(three).toBeCloseTo(expected, 14);
    expect(meanSilhouette(distances, [0, 0, 0, 0], 1)).toBe(0);
  });

  it('is 1 when every cluster is a set of identical points', () => {
    const same = pairwiseDistances(column([2, 2, 2, 5, 5]), 1, [0, 1, 2, 3, 4]);
    expect(meanSilhouette(same, [0, 0, 0, 1, 1], 2)).toBe(1);
  });
});
