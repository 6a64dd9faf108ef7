/**
 * Column standardisation (z-scores) of a row-major matrix, dropping constant columns, so that
 * every feature weighs the same in a Euclidean distance whatever its unit.
 */

/**
 * z = (x − mean)/sd per kept column (population sd, divisor n); `columns` are the kept original
 * column indices, in order; `mean` and `sd` are per original column (sd 0 for dropped ones).
 */
export type StandardisedMatrix = {
  values: Float64Array;
  columns: number[];
  mean: Float64Array;
  sd: Float64Array;
};

/**
 * Standardises the d columns of `values` (n·d numbers, row-major). A column is constant, and
 * dropped, when its sd is at most 10⁻¹⁰·(|mean| + 1) — rounding noise of equal values. Throws
 * RangeError on a non-finite value. Two passes.
 */
export function standardiseColumns(values: Float64Array, d: number): StandardisedMatrix {
  if (!(Number.isInteger(d) && d >= 0) || (d === 0 ? values.length !== 0 : values.length % d !== 0)) {
    throw new RangeError(`a matrix of ${values.length} numbers does not have ${d} columns`);
  }
  const n = d === 0 ? 0 : values.length / d;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const v = values[i * d + j] ?? NaN;
      if (!Number.isFinite(v)) throw new RangeError(`cannot standardise ${v} (row ${i}, column ${j})`);
      mean[j] = (mean[j] ?? 0) + v;
    }
  }
  if (n > 0) for (let j = 0; j < d; j++) mean[j] = (mean[j] ?? 0) / n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const deviation = (values[i * d + j] ?? 0) - (mean[j] ?? 0);
      sd[j] = (sd[j] ?? 0) + deviation * deviation;
    }
  }
  const columns: number[] = [];
  for (let j = 0; j < d; j++) {
    const s = Math.sqrt((sd[j] ?? 0) / n);
    if (s > 1e-10 * (Math.abs(mean[j] ?? 0) + 1)) {
      sd[j] = s;
      columns.push(j);
    } else sd[j] = 0;
  }
  const kept = columns.length;
  const out = new Float64Array(n * kept);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < kept; c++) {
      const j = columns[c] ?? 0;
      out[i * kept + c] = ((values[i * d + j] ?? 0) - (mean[j] ?? 0)) / (sd[j] ?? 1);
    }
  }
  return { values: out, columns, mean, sd };
}
