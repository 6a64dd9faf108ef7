import type { BgNbdParams, SummaryColumns } from './analytics.types';
import { compressRows } from './compress';
import type { Objective } from './optimise';

/**
 * BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6) in the overflow-free form of
 * Fader & Hardie (2013, note 027):
 *   ℓ = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *       + ln( (α+T)^−(r+x) + δ_{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ).
 * Ratios of gamma functions are sums over k < x, exact for the integer x of count data.
 */

/** Summary data compressed to distinct (x, t_x, T) rows with a customer count per row. */
export type BgNbdData = {
  x: Int32Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  rows: number;
  customers: number;
  maxX: number;
  customersByX: Float64Array;
  sumX: number;
  sumT: number;
};

/** Validates and compresses a summary; throws RangeError on a row that is not a valid history. */
export function prepareBgNbdData(summary: SummaryColumns): BgNbdData {
  const n = summary.x.length;
  if (summary.tx.length !== n || summary.T.length !== n) throw new RangeError('x, tx and T differ in length');
  if (n === 0) throw new RangeError('no customers to fit');
  for (let i = 0; i < n; i++) {
    const x = summary.x[i] ?? NaN;
    const tx = summary.tx[i] ?? NaN;
    const T = summary.T[i] ?? NaN;
    if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && T >= tx && Number.isFinite(T) && (x > 0 || tx === 0))) {
      throw new RangeError(`invalid summary row ${i}: x=${x}, tx=${tx}, T=${T}`);
    }
  }
  const compressed = compressRows([summary.x, summary.tx, summary.T]);
  const [xs, tx, T] = compressed.columns as [Float64Array, Float64Array, Float64Array];
  const x = Int32Array.from(xs);
  let maxX = 0;
  let sumX = 0;
  let sumT = 0;
  for (let k = 0; k < compressed.size; k++) {
    const w = compressed.counts[k] ?? 0;
    maxX = Math.max(maxX, x[k] ?? 0);
    sumX += w * (x[k] ?? 0);
    sumT += w * (T[k] ?? 0);
  }
  const customersByX = new Float64Array(maxX + 1);
  for (let k = 0; k < compressed.size; k++) {
    const xk = x[k] ?? 0;
    customersByX[xk] = (customersByX[xk] ?? 0) + (compressed.counts[k] ?? 0);
  }
  return {
    x,
    tx,
    T,
    weight: compressed.counts,
    rows: compressed.size,
    customers: n,
    maxX,
    customersByX,
    sumX,
    sumT,
  };
}

/** A systematic sample of at most `maxRows` distinct rows (every k-th), for a cheap warm start. */
export function subsampleBgNbdData(data: BgNbdData, maxRows: number): BgNbdData {
  const stride = Math.max(1, Math.ceil(data.rows / maxRows));
  const picked = Int32Array.from({ length: Math.ceil(data.rows / stride) }, (_, k) => k * stride);
  const x = picked.map((i) => data.x[i] ?? 0);
  const tx = Float64Array.from(picked, (i) => data.tx[i] ?? 0);
  const T = Float64Array.from(picked, (i) => data.T[i] ?? 0);
  const weight = Float64Array.from(picked, (i) => data.weight[i] ?? 0);
  const customersByX = new Float64Array(data.maxX + 1);
  let customers = 0;
  let sumX = 0;
  let sumT = 0;
  for (let k = 0; k < picked.length; k++) {
    const w = weight[k] ?? 0;
    const xk = x[k] ?? 0;
    customersByX[xk] = (customersByX[xk] ?? 0) + w;
    customers += w;
    sumX += w * xk;
    sumT += w * (T[k] ?? 0);
  }
  return { x, tx, T, weight, rows: picked.length, customers, maxX: data.maxX, customersByX, sumX, sumT };
}

/** Total log-likelihood of the data at the given parameters (natural log, all customers). */
export function bgNbdLogLikelihood(params: BgNbdParams, data: BgNbdData): number {
  const logParams = Float64Array.of(
    Math.log(params.r),
    Math.log(params.alpha),
    Math.log(params.a),
    Math.log(params.b),
  );
  return -bgNbdObjective(data)(logParams, new Float64Array(4)) * data.customers;
}

/**
 * Mean negative log-likelihood over θ = (ln r, ln α, ln a, ln b) with its analytic gradient,
 * the objective minimised by {@link fitBgNbd}. Reuses its buffers; not reentrant.
 */
export function bgNbdObjective(data: BgNbdData): Objective {
  const { x, tx, T, weight, rows, maxX, customersByX, customers } = data;
  const logRatioByX = new Float64Array(maxX + 1);
  const inverseByX = new Float64Array(maxX + 1);
  return (theta, gradient) => {
    const r = Math.exp(theta[0] ?? NaN);
    const alpha = Math.exp(theta[1] ?? NaN);
    const a = Math.exp(theta[2] ?? NaN);
    const b = Math.exp(theta[3] ?? NaN);
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0 && Number.isFinite(r + alpha + a + b))) return NaN;
    // Terms that depend on x only: Σ_k<x ln(r+k) and ln B(a, b+x)/B(a, b) = −Σ_k<x ln(1 + a/(b+k)).
    let ll = customers * r * Math.log(alpha);
    let dr = customers * Math.log(alpha);
    let dAlpha = (customers * r) / alpha;
    let da = 0;
    let db = 0;
    let pochhammer = 0;
    let dPochhammer = 0;
    let betaRatio = 0;
    let dBetaA = 0;
    let dBetaB = 0;
    for (let k = 0; k <= maxX; k++) {
      const count = customersByX[k] ?? 0;
      if (count > 0) {
        ll += count * (pochhammer + betaRatio);
        dr += count * dPochhammer;
        da += count * dBetaA;
        db += count * dBetaB;
      }
      if (k > 0) {
        logRatioByX[k] = Math.log(a) - Math.log(b + k - 1);
        inverseByX[k] = 1 / (b + k - 1);
      }
      pochhammer += Math.log(r + k);
      dPochhammer += 1 / (r + k);
      betaRatio -= Math.log1p(a / (b + k));
      dBetaA -= 1 / (a + b + k);
      dBetaB += a / ((b + k) * (a + b + k));
    }
    // Row terms: ln(e^A3 + e^A4), A3 = −(r+x) ln(α+T), A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x).
    let weightA4 = 0;
    let weightA4OverB = 0;
    for (let i = 0; i < rows; i++) {
      const xi = x[i] ?? 0;
      const w = weight[i] ?? 0;
      const logT = Math.log(alpha + (T[i] ?? 0));
      const inverseT = 1 / (alpha + (T[i] ?? 0));
      if (xi === 0) {
        ll -= w * r * logT;
        dr -= w * logT;
        dAlpha -= w * r * inverseT;
        continue;
      }
      const rx = r + xi;
      const logTx = Math.log(alpha + (tx[i] ?? 0));
      const inverseTx = 1 / (alpha + (tx[i] ?? 0));
      const a3 = -rx * logT;
      const a4 = (logRatioByX[xi] ?? 0) - rx * logTx;
      let share3: number; // e^A3 / (e^A3 + e^A4)
      let share4: number;
      if (a3 >= a4) {
        const e = Math.exp(a4 - a3);
        ll += w * (a3 + Math.log1p(e));
        share3 = 1 / (1 + e);
        share4 = e / (1 + e);
      } else {
        const e = Math.exp(a3 - a4);
        ll += w * (a4 + Math.log1p(e));
        share3 = e / (1 + e);
        share4 = 1 / (1 + e);
      }
      dr -= w * (share3 * logT + share4 * logTx);
      dAlpha -= w * rx * (share3 * inverseT + share4 * inverseTx);
      weightA4 += w * share4;
      weightA4OverB += w * share4 * (inverseByX[xi] ?? 0);
    }
    da += weightA4 / a;
    db -= weightA4OverB;
    // Chain rule to log-parameters, scaled to the mean negative log-likelihood.
    const scale = -1 / customers;
    gradient[0] = dr * r * scale;
    gradient[1] = dAlpha * alpha * scale;
    gradient[2] = da * a * scale;
    gradient[3] = db * b * scale;
    return ll * scale;
  };
}
