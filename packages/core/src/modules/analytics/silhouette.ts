/**
 * Mean silhouette (Rousseeuw 1987) of a labelled sample, exact: s(i) = (b − a)/max(a, b) with a the
 * mean distance to the rest of i's cluster and b the smallest mean distance to another cluster.
 */

/** The m×m matrix of Euclidean distances between the rows `rows` of `values` (d columns). */
export function pairwiseDistances(values: Float64Array, d: number, rows: ArrayLike<number>): Float64Array {
  const m = rows.length;
  const out = new Float64Array(m * m);
  for (let p = 0; p < m; p++) {
    const a = (rows[p] ?? 0) * d;
    for (let q = p + 1; q < m; q++) {
      const b = (rows[q] ?? 0) * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const diff = (values[a + j] ?? 0) - (values[b + j] ?? 0);
        s += diff * diff;
      }
      const distance = Math.sqrt(s);
      out[p * m + q] = distance;
      out[q * m + p] = distance;
    }
  }
  return out;
}

/**
 * Mean silhouette over the m points of an m×m distance matrix with labels in 0…k−1. A point alone in
 * its cluster scores 0 (Rousseeuw's convention), as does a point with a = b = 0; 0 for fewer than 2 clusters.
 */
export function meanSilhouette(distances: Float64Array, labels: ArrayLike<number>, k: number): number {
  const m = labels.length;
  if (m === 0) return 0;
  const counts = new Int32Array(k);
  for (let p = 0; p < m; p++) counts[labels[p] ?? 0] = (counts[labels[p] ?? 0] ?? 0) + 1;
  let occupied = 0;
  for (const count of counts) if (count > 0) occupied++;
  if (occupied < 2) return 0;
  const sums = new Float64Array(k);
  let total = 0;
  for (let p = 0; p < m; p++) {
    sums.fill(0);
    for (let q = 0; q < m; q++) {
      const c = labels[q] ?? 0;
      sums[c] = (sums[c] ?? 0) + (distances[p * m + q] ?? 0);
    }
    const own = labels[p] ?? 0;
    const ownCount = counts[own] ?? 0;
    if (ownCount < 2) continue;
    const a = (sums[own] ?? 0) / (ownCount - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      const count = counts[c] ?? 0;
      if (c !== own && count > 0) b = Math.min(b, (sums[c] ?? 0) / count);
    }
    const scale = Math.max(a, b);
    if (scale > 0) total += (b - a) / scale;
  }
  return total / m;
}
