import { describeCentroid, type ClusterFeature, type ClusterWords } from './cluster-describe';
import type { FeatureMatrix } from './guest-features';
import { assignNearest, kMeans, sampleIndices } from './kmeans';
import { createRandom } from './random';
import { meanSilhouette, pairwiseDistances } from './silhouette';
import { standardiseColumns } from './standardise';

/**
 * Guest segments (DAT-2): k-means on z-scored behaviour features, k chosen by the mean silhouette
 * on a sample, every guest assigned once at the end, each cluster put into words from its centroid.
 */

/**
 * `k` fixes the number of clusters (no search); otherwise k in kMin…kMax (default 2…8) with the
 * highest mean silhouette. k-means runs on a seeded sample of `fitSample` rows (default 20,000),
 * the silhouette on `silhouetteSample` of those (default 2,000); `restarts` default 5, seed default 1.
 */
export type ClusterOptions = {
  seed?: number;
  k?: number;
  kMin?: number;
  kMax?: number;
  restarts?: number;
  maxIterations?: number;
  fitSample?: number;
  silhouetteSample?: number;
};

/**
 * One cluster, largest first: size and share of all rows, centroid in z units per used feature,
 * raw mean of every feature, and its description.
 */
export type GuestCluster = {
  cluster: number;
  size: number;
  share: number;
  centroid: number[];
  means: number[];
  top: ClusterFeature[];
  label: ClusterWords;
  description: ClusterWords;
};

/**
 * `labels[i]` = cluster of row i (index into `clusters`); `criterion` = mean silhouette per k tried;
 * `features` used and `dropped` (constant); `inertia` = Σ squared z-distance to the fitted centroids.
 */
export type GuestClusters = {
  k: number;
  criterion: { k: number; silhouette: number }[];
  labels: Int32Array;
  clusters: GuestCluster[];
  features: string[];
  dropped: string[];
  inertia: number;
};

/** Copies the rows `rows` of a row-major matrix into a new one. */
function pickRows(values: Float64Array, d: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length * d);
  rows.forEach((row, i) => out.set(values.subarray(row * d, row * d + d), i * d));
  return out;
}

type Fit = { k: number; centroids: Float64Array; criterion: { k: number; silhouette: number }[] };

/** The k of highest mean silhouette; a k wins only by more than 10⁻¹², so ties go to the smaller k. */
export function bestBySilhouette(
  criterion: readonly { k: number; silhouette: number }[],
): number | undefined {
  let best: { k: number; silhouette: number } | undefined;
  for (const row of [...criterion].sort((a, b) => a.k - b.k)) {
    if (!best || row.silhouette > best.silhouette + 1e-12) best = row;
  }
  return best?.k;
}

/** Fits k-means for each candidate k on the sample and keeps the k of {@link bestBySilhouette}. */
function chooseK(z: Float64Array, d: number, n: number, options: ClusterOptions): Fit {
  const random = createRandom(options.seed ?? 1);
  const fitRows = sampleIndices(n, options.fitSample ?? 20_000, random);
  const sample = fitRows.length === n ? z : pickRows(z, d, fitRows);
  const runOptions = { random, restarts: options.restarts, maxIterations: options.maxIterations };
  if (options.k !== undefined) {
    const run = kMeans(sample, d, Math.max(1, options.k), runOptions);
    return { k: run.k, centroids: run.centroids, criterion: [] };
  }
  const silhouetteRows = sampleIndices(fitRows.length, options.silhouetteSample ?? 2_000, random);
  const distances = pairwiseDistances(sample, d, silhouetteRows);
  const silhouetteLabels = new Int32Array(silhouetteRows.length);
  const criterion: { k: number; silhouette: number }[] = [];
  const centroids = new Map<number, Float64Array>();
  const kMax = Math.min(options.kMax ?? 8, silhouetteRows.length - 1);
  for (let k = Math.max(2, options.kMin ?? 2); k <= kMax; k++) {
    const run = kMeans(sample, d, k, runOptions);
    if (run.k < k) break; // fewer distinct rows than k: larger k cannot place more centroids
    silhouetteRows.forEach((row, i) => (silhouetteLabels[i] = run.labels[row] ?? 0));
    criterion.push({ k, silhouette: meanSilhouette(distances, silhouetteLabels, k) });
    centroids.set(k, run.centroids);
  }
  const k = bestBySilhouette(criterion);
  // No candidate (under 3 distinct rows in the sample): one cluster at the mean, which is 0 in z units.
  if (k === undefined) return { k: 1, centroids: new Float64Array(d), criterion };
  return { k, centroids: centroids.get(k) ?? new Float64Array(k * d), criterion };
}

/**
 * Clusters the rows of a feature matrix (see `guestFeatures`): standardise (constant columns
 * dropped), choose k, assign every row once to the nearest fitted centroid, describe each cluster
 * from the z-mean of its rows. Deterministic for a given seed; never NaN (n = 0 gives k = 0).
 */
export function clusterGuests(matrix: FeatureMatrix, options: ClusterOptions = {}): GuestClusters {
  const width = matrix.features.length;
  const standard = standardiseColumns(matrix.values, width);
  const d = standard.columns.length;
  const n = width === 0 ? 0 : matrix.values.length / width;
  const features = standard.columns.map((j) => matrix.features[j]?.name ?? String(j));
  const dropped = matrix.features.filter((_, j) => !standard.columns.includes(j)).map((f) => f.name);
  const fit: Fit =
    d === 0 || n === 0
      ? { k: n === 0 ? 0 : 1, centroids: new Float64Array(d), criterion: [] }
      : chooseK(standard.values, d, n, options);
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  if (d > 0) assignNearest(standard.values, d, fit.centroids, fit.k, labels, distances);
  let inertia = 0;
  for (const s of distances) inertia += s;
  const sizes = new Float64Array(fit.k);
  const zSums = new Float64Array(fit.k * d);
  const rawSums = new Float64Array(fit.k * width);
  for (let i = 0; i < n; i++) {
    const c = labels[i] ?? 0;
    sizes[c] = (sizes[c] ?? 0) + 1;
    for (let j = 0; j < d; j++)
      zSums[c * d + j] = (zSums[c * d + j] ?? 0) + (standard.values[i * d + j] ?? 0);
    for (let j = 0; j < width; j++)
      rawSums[c * width + j] = (rawSums[c * width + j] ?? 0) + (matrix.values[i * width + j] ?? 0);
  }
  // Largest cluster first, so cluster 0 is the biggest segment whatever order k-means found them in.
  const order = Array.from({ length: fit.k }, (_, c) => c).sort(
    (a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b,
  );
  const renumber = new Int32Array(fit.k);
  order.forEach((c, rank) => (renumber[c] = rank));
  for (let i = 0; i < n; i++) labels[i] = renumber[labels[i] ?? 0] ?? 0;
  const clusters = order.map((c, rank): GuestCluster => {
    const size = sizes[c] ?? 0;
    const centroid = Array.from({ length: d }, (_, j) => (size > 0 ? (zSums[c * d + j] ?? 0) / size : 0));
    const means = Array.from({ length: width }, (_, j) =>
      size > 0 ? (rawSums[c * width + j] ?? 0) / size : 0,
    );
    const words = describeCentroid({
      features: matrix.features,
      columns: standard.columns,
      centroidZ: centroid,
      means,
      overallMeans: standard.mean,
    });
    return { cluster: rank, size, share: size / n, centroid, means, ...words };
  });
  return { k: fit.k, criterion: fit.criterion, labels, clusters, features, dropped, inertia };
}
