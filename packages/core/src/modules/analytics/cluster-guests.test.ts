import { describe, expect, it } from 'vitest';
import { bestBySilhouette, clusterGuests } from './cluster-guests';
import { guestFeatures, type FeatureInfo, type FeatureMatrix, type GuestOrderRecord } from './guest-features';
import { createRandom, sampleNormal } from './random';

const plainFeatures = (d: number): FeatureInfo[] =>
  Array.from({ length: d }, (_, j) => ({ name: `f${j}`, kind: 'spend', key: '' }));

/** Gaussian blobs (sd 0.6) around the given centres, `sizes[c]` points each, with the true labels. */
function blobs(
  centres: number[][],
  sizes: number[],
  seed: number,
): { matrix: FeatureMatrix; truth: number[] } {
  const random = createRandom(seed);
  const d = centres[0]?.length ?? 0;
  const truth = sizes.flatMap((size, c) => new Array<number>(size).fill(c));
  const values = new Float64Array(truth.length * d);
  truth.forEach((c, i) => {
    for (let j = 0; j < d; j++) values[i * d + j] = (centres[c]?.[j] ?? 0) + 0.6 * sampleNormal(random);
  });
  return { matrix: { features: plainFeatures(d), values }, truth };
}

/** Share of points whose cluster's majority true label is their own. */
function purity(labels: Int32Array, truth: number[]): number {
  const counts = new Map<number, Map<number, number>>();
  labels.forEach((c, i) => {
    const row = counts.get(c) ?? new Map<number, number>();
    row.set(truth[i] ?? -1, (row.get(truth[i] ?? -1) ?? 0) + 1);
    counts.set(c, row);
  });
  let majority = 0;
  for (const row of counts.values()) majority += Math.max(...row.values());
  return majority / labels.length;
}

/** Every column separates the first two centres, and any two centres differ in at least two columns. */
const CENTRES = [
  [0, 0, 0, 0, 0],
  [8, 8, 8, 8, 8],
  [0, 8, 0, 8, 0],
  [8, 0, 8, 0, 8],
  [8, 8, 0, 0, 8],
  [0, 0, 8, 8, 0],
];

describe('clusterGuests', () => {
  it.each([2, 3, 4, 6])('finds %i well-separated blobs of unequal size with purity ≥ 0.95', (k) => {
    const sizes = [500, 300, 250, 150, 120, 100].slice(0, k);
    const { matrix, truth } = blobs(CENTRES.slice(0, k), sizes, k);
    const result = clusterGuests(matrix, { seed: 7 });
    expect(result.k).toBe(k);
    expect(result.criterion.map((c) => c.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(purity(result.labels, truth)).toBeGreaterThanOrEqual(0.95);
    expect(result.clusters.map((c) => c.size)).toEqual(sizes);
  });

  it('recovers the blobs when k-means runs on a sample and everyone is assigned at the end', () => {
    const { matrix, truth } = blobs(CENTRES.slice(0, 4), [3000, 2000, 1500, 500], 21);
    const result = clusterGuests(matrix, { seed: 3, fitSample: 1_000, silhouetteSample: 300 });
    expect(result.k).toBe(4);
    expect(purity(result.labels, truth)).toBeGreaterThanOrEqual(0.95);
    expect(result.labels).toHaveLength(7000);
  });

  it('numbers clusters largest first; sizes add up to everyone and shares to 1', () => {
    const { matrix } = blobs(CENTRES.slice(0, 3), [100, 400, 250], 5);
    const result = clusterGuests(matrix);
    expect(result.clusters.map((c) => c.cluster)).toEqual([0, 1, 2]);
    expect(result.clusters.map((c) => c.size)).toEqual([400, 250, 100]);
    expect(result.clusters.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
    for (const c of result.clusters)
      expect(result.labels.filter((l) => l === c.cluster)).toHaveLength(c.size);
  });

  it('gives identical results for the same seed', () => {
    const random = createRandom(8);
    const values = Float64Array.from({ length: 3000 }, () => random());
    const matrix = { features: plainFeatures(3), values };
    const a = clusterGuests(matrix, { seed: 12 });
    const b = clusterGuests(matrix, { seed: 12 });
    expect(b.criterion).toEqual(a.criterion);
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
    expect(b.clusters).toEqual(a.clusters);
  });

  it('uses a fixed k without a search', () => {
    const { matrix } = blobs(CENTRES.slice(0, 4), [100, 100, 100, 100], 2);
    const result = clusterGuests(matrix, { k: 3 });
    expect(result.k).toBe(3);
    expect(result.criterion).toEqual([]);
    expect(result.clusters).toHaveLength(3);
  });

  it('drops constant features and reports them', () => {
    const { matrix } = blobs(CENTRES.slice(0, 2), [50, 50], 3);
    const widened = new Float64Array(600);
    for (let i = 0; i < 100; i++) widened.set([...matrix.values.subarray(i * 5, i * 5 + 5), 4], i * 6);
    const result = clusterGuests({ features: plainFeatures(6), values: widened });
    expect(result.dropped).toEqual(['f5']);
    expect(result.features).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(result.clusters[0]?.centroid).toHaveLength(5);
    expect(result.clusters[0]?.means).toHaveLength(6);
  });

  it.each([
    { name: 'no guests', values: [], k: 0 },
    { name: 'one guest', values: [1, 2], k: 1 },
    {
      name: 'two different guests (fewer points than the smallest k worth testing)',
      values: [1, 2, 3, 4],
      k: 1,
    },
    { name: 'identical guests', values: new Array<number>(200).fill(3), k: 1 },
    { name: 'three guests', values: [0, 0, 0, 1, 10, 10], k: 2 },
  ])('handles $name without NaN', ({ values, k }) => {
    const matrix = { features: plainFeatures(2), values: Float64Array.from(values) };
    const result = clusterGuests(matrix);
    expect(result.k).toBe(k);
    expect(result.labels).toHaveLength(values.length / 2);
    expect(Number.isNaN(result.inertia)).toBe(false);
    for (const c of result.clusters) {
      for (const v of [c.share, ...c.centroid, ...c.means]) expect(Number.isFinite(v)).toBe(true);
      expect(c.description.en).not.toMatch(/NaN|Infinity/);
    }
  });

  it('describes identical guests as typical', () => {
    const result = clusterGuests({ features: plainFeatures(2), values: new Float64Array(20).fill(1) });
    expect(result.clusters[0]?.label).toEqual({ en: 'typical guests', zh: '普通客人' });
    expect(result.clusters[0]?.size).toBe(10);
  });
});

describe('bestBySilhouette', () => {
  it('takes the highest mean silhouette and the smaller k on a tie', () => {
    expect(
      bestBySilhouette([
        { k: 2, silhouette: 0.4 },
        { k: 3, silhouette: 0.6 },
        { k: 4, silhouette: 0.5 },
      ]),
    ).toBe(3);
    expect(
      bestBySilhouette([
        { k: 3, silhouette: 0.5 },
        { k: 2, silhouette: 0.5 },
      ]),
    ).toBe(2);
    expect(bestBySilhouette([])).toBeUndefined();
  });
});

describe('describing clusters of guests', () => {
  function day(i: number): Date {
    return new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
  }

  it('finds a breakfast coffee segment and an evening segment and names them in both languages', () => {
    const random = createRandom(17);
    const orders: GuestOrderRecord[] = [];
    for (let g = 0; g < 300; g++) {
      const morning = g < 100;
      const visits = morning ? 20 + Math.floor(random() * 5) : 2 + Math.floor(random() * 2);
      for (let v = 0; v < visits; v++) {
        orders.push({
          guestId: `g${g}`,
          placedAt: day(Math.floor(random() * 90)),
          localHour: morning ? 7 + random() * 3 : 11 + random() * 12,
          channel: random() < 0.5 ? 'dine_in' : 'delivery',
          paidFen: 2_000 + Math.floor(random() * 2_000),
          discountFen: 0,
          categories: morning
            ? ['coffee']
            : [['noodles', 'rice', 'soup'][Math.floor(random() * 3)] ?? 'rice'],
        });
      }
    }
    const result = clusterGuests(guestFeatures(orders), { seed: 1 });
    expect(result.k).toBe(2);
    const morning = result.clusters.find((c) => c.size === 100);
    const evening = result.clusters.find((c) => c.size === 200);
    expect(morning?.label.en).toMatch(/^(breakfast |coffee )+(regulars|big spenders)$/);
    expect(morning?.label.zh).toMatch(/^(早餐|coffee)+(常客|高消费客人)$/);
    expect(morning?.top.length).toBeGreaterThanOrEqual(2);
    expect(morning?.top.length).toBeLessThanOrEqual(3);
    expect(morning?.description.en.startsWith(`${morning.label.en}: `)).toBe(true);
    expect(evening?.label.en).not.toMatch(/breakfast|coffee|regulars/);
    for (const c of result.clusters) expect(c.description.en).not.toMatch(/NaN|Infinity|undefined/);
  });
});
