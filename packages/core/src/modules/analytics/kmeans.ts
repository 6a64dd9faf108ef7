import { createRandom, type Random } from './random';

/**
 * k-means (Lloyd 1982) with k-means++ seeding (Arthur & Vassilvitskii 2007) on a row-major
 * Float64Array; several seeded restarts, the lowest inertia kept. No allocation per point.
 */

/** Restarts (default 5), the cap on Lloyd iterations (default 100) and the seed or a shared stream. */
export type KMeansOptions = { seed?: number; random?: Random; restarts?: number; maxIterations?: number };

/**
 * `k` is the number of centroids actually placed: at most the requested k and at most the number of
 * distinct rows. `labels[i]` is row i's cluster; `inertia` = Σ squared distance to the own centroid.
 */
export type KMeansResult = {
  k: number;
  centroids: Float64Array;
  labels: Int32Array;
  sizes: Int32Array;
  inertia: number;
  iterations: number;
};

/** `m` distinct indices of 0…n−1 in increasing order, uniformly (Knuth's selection sampling, Algorithm S). */
export function sampleIndices(n: number, m: number, random: Random): Int32Array {
  const size = Math.max(0, Math.min(n, m));
  const out = new Int32Array(size);
  let chosen = 0;
  for (let i = 0; i < n && chosen < size; i++) {
    if ((n - i) * random() < size - chosen) out[chosen++] = i;
  }
  return out;
}

function squaredDistance(
  values: Float64Array,
  row: number,
  centroids: Float64Array,
  c: number,
  d: number,
): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const diff = (values[row + j] ?? 0) - (centroids[c + j] ?? 0);
    s += diff * diff;
  }
  return s;
}

/**
 * Assigns each row to its nearest centroid (ties to the lower index), writing `labels` and the squared
 * distances; returns how many labels changed. Rows and centroids are row-major with d columns.
 */
export function assignNearest(
  values: Float64Array,
  d: number,
  centroids: Float64Array,
  k: number,
  labels: Int32Array,
  distances: Float64Array,
): number {
  const n = labels.length;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const row = i * d;
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const s = squaredDistance(values, row, centroids, c * d, d);
      if (s < bestDistance) {
        bestDistance = s;
        best = c;
      }
    }
    if (labels[i] !== best) changed++;
    labels[i] = best;
    distances[i] = bestDistance;
  }
  return changed;
}

function copyRow(from: Float64Array, row: number, to: Float64Array, at: number, d: number): void {
  for (let j = 0; j < d; j++) to[at + j] = from[row + j] ?? 0;
}

/** k-means++: each next centroid is a row drawn with probability ∝ D² (squared distance to the nearest). */
function seedCentroids(
  values: Float64Array,
  n: number,
  d: number,
  k: number,
  random: Random,
  centroids: Float64Array,
  nearest: Float64Array,
): number {
  copyRow(values, Math.min(n - 1, Math.floor(random() * n)) * d, centroids, 0, d);
  for (let i = 0; i < n; i++) nearest[i] = squaredDistance(values, i * d, centroids, 0, d);
  let placed = 1;
  while (placed < k) {
    let total = 0;
    for (let i = 0; i < n; i++) total += nearest[i] ?? 0;
    if (!(total > 0)) break; // every row sits on a centroid: fewer distinct rows than k
    let target = random() * total;
    let pick = -1;
    for (let i = 0; i < n; i++) {
      const w = nearest[i] ?? 0;
      if (w > 0) pick = i;
      target -= w;
      if (target < 0 && w > 0) break;
    }
    copyRow(values, pick * d, centroids, placed * d, d);
    for (let i = 0; i < n; i++) {
      const s = squaredDistance(values, i * d, centroids, placed * d, d);
      if (s < (nearest[i] ?? 0)) nearest[i] = s;
    }
    placed++;
  }
  return placed;
}

type Scratch = { sums: Float64Array; counts: Int32Array; distances: Float64Array };

/** Moves each centroid to the mean of its rows; an emptied cluster takes the row farthest from its centroid. */
function updateCentroids(
  values: Float64Array,
  d: number,
  k: number,
  labels: Int32Array,
  centroids: Float64Array,
  s: Scratch,
) {
  const n = labels.length;
  s.sums.fill(0);
  s.counts.fill(0);
  for (let i = 0; i < n; i++) {
    const c = labels[i] ?? 0;
    s.counts[c] = (s.counts[c] ?? 0) + 1;
    for (let j = 0; j < d; j++) s.sums[c * d + j] = (s.sums[c * d + j] ?? 0) + (values[i * d + j] ?? 0);
  }
  for (let c = 0; c < k; c++) {
    const count = s.counts[c] ?? 0;
    if (count > 0) {
      for (let j = 0; j < d; j++) centroids[c * d + j] = (s.sums[c * d + j] ?? 0) / count;
      continue;
    }
    let far = -1;
    for (let i = 0; i < n; i++) if ((s.distances[i] ?? 0) > (far < 0 ? 0 : (s.distances[far] ?? 0))) far = i;
    if (far < 0) continue;
    copyRow(values, far * d, centroids, c * d, d);
    s.distances[far] = 0;
  }
}

/** One seeded k-means++ start followed by Lloyd iterations until no label changes. */
function runOnce(
  values: Float64Array,
  d: number,
  k: number,
  random: Random,
  maxIterations: number,
  s: Scratch,
) {
  const n = values.length / d;
  const centroids = new Float64Array(k * d);
  const placed = seedCentroids(values, n, d, k, random, centroids, s.distances);
  const labels = new Int32Array(n).fill(-1);
  let iterations = 0;
  for (;;) {
    const changed = assignNearest(values, d, centroids, placed, labels, s.distances);
    if (changed === 0 || iterations >= maxIterations) break;
    updateCentroids(values, d, placed, labels, centroids, s);
    iterations++;
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += s.distances[i] ?? 0;
  return { k: placed, centroids: centroids.slice(0, placed * d), labels, inertia, iterations };
}

/**
 * Clusters the rows of `values` (n·d numbers, row-major) into at most k clusters; deterministic
 * for a given seed or stream. Keeps the restart of lowest inertia (the first on ties).
 */
export function kMeans(
  values: Float64Array,
  d: number,
  k: number,
  options: KMeansOptions = {},
): KMeansResult {
  if (!(Number.isInteger(d) && d > 0 && values.length % d === 0)) {
    throw new RangeError(`a matrix of ${values.length} numbers does not have ${d} columns`);
  }
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a positive integer, got ${k}`);
  const n = values.length / d;
  if (n === 0) {
    const empty = new Float64Array(0);
    return {
      k: 0,
      centroids: empty,
      labels: new Int32Array(0),
      sizes: new Int32Array(0),
      inertia: 0,
      iterations: 0,
    };
  }
  const random = options.random ?? createRandom(options.seed ?? 1);
  const scratch: Scratch = {
    sums: new Float64Array(k * d),
    counts: new Int32Array(k),
    distances: new Float64Array(n),
  };
  let best: ReturnType<typeof runOnce> | undefined;
  for (let r = 0; r < Math.max(1, options.restarts ?? 5); r++) {
    const run = runOnce(values, d, k, random, options.maxIterations ?? 100, scratch);
    if (!best || run.inertia < best.inertia) best = run;
  }
  const result = best ?? runOnce(values, d, k, random, 0, scratch);
  const sizes = new Int32Array(result.k);
  for (const c of result.labels) sizes[c] = (sizes[c] ?? 0) + 1;
  return { ...result, sizes };
}
