import type { GammaGammaParams, SpendColumns } from './analytics.types';
import { minimise, type MinimiseOptions, type MinimiseResult, type Objective } from './optimise';
import { digamma, logGamma } from './special-functions';

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV",
 * JMR 42(4); Fader & Hardie 2013, note 025; after Colombo & Jiang 1999). A customer's values
 * z ~ Gamma(p, ν) with ν ~ Gamma(q, γ), independent of the BG/NBD transaction process.
 */

/** A fitted Gamma-Gamma model; `excluded` counts repeat customers dropped for a mean spend ≤ 0. */
export type GammaGammaFit = {
  params: GammaGammaParams;
  logLikelihood: number;
  customers: number;
  excluded: number;
  iterations: number;
  converged: boolean;
};

/** Repeat customers with x > 0 and z̄ > 0; u = x·z̄ is their total repeat spend (z̄ rescaled). */
type SpendData = { x: Float64Array; logU: Float64Array; u: Float64Array; countByX: Float64Array; n: number };

function prepareSpendData(
  columns: SpendColumns,
  scale: number,
): SpendData & { excluded: number; sumLogZ: number } {
  let n = 0;
  let excluded = 0;
  let maxX = 0;
  for (let i = 0; i < columns.x.length; i++) {
    const x = columns.x[i] ?? NaN;
    const zbar = columns.zbar[i] ?? NaN;
    if (!(Number.isInteger(x) && x >= 0 && Number.isFinite(zbar)))
      throw new RangeError(`invalid spend row ${i}`);
    if (x > 0 && zbar > 0) {
      n++;
      maxX = Math.max(maxX, x);
    } else if (x > 0) excluded++;
  }
  const x = new Float64Array(n);
  const u = new Float64Array(n);
  const logU = new Float64Array(n);
  const countByX = new Float64Array(maxX + 1);
  let sumLogZ = 0;
  for (let i = 0, k = 0; i < columns.x.length; i++) {
    const xi = columns.x[i] ?? 0;
    const zbar = (columns.zbar[i] ?? 0) / scale;
    if (!(xi > 0 && zbar > 0)) continue;
    x[k] = xi;
    u[k] = xi * zbar;
    logU[k] = Math.log(xi * zbar);
    sumLogZ += Math.log(zbar);
    countByX[xi] = (countByX[xi] ?? 0) + 1;
    k++;
  }
  return { x, logU, u, countByX, n, excluded, sumLogZ };
}

/**
 * Mean negative log-likelihood over θ = (ln p, ln q, ln γ) with analytic gradient, without the
 * constant −Σ ln z̄. Per customer (note 025), with u = x·z̄ and L = ln(1 + u/γ):
 *   ln f(z̄ | x) + ln z̄ = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + px·(ln u − ln γ) − (px+q)·L,
 * a rearrangement of γ^q z̄^(px−1) x^(px) / (γ + x z̄)^(px+q) whose terms stay O(1) per customer.
 */
function spendObjective(data: SpendData): Objective {
  const { x, logU, u, countByX, n } = data;
  return (theta, gradient) => {
    const p = Math.exp(theta[0] ?? NaN);
    const q = Math.exp(theta[1] ?? NaN);
    const gamma = Math.exp(theta[2] ?? NaN);
    if (!(p > 0 && q > 0 && gamma > 0 && Number.isFinite(p + q + gamma))) return NaN;
    const logGammaQ = logGamma(q);
    const digammaQ = digamma(q);
    let ll = 0;
    let dp = 0; // ∂/∂p
    let dq = 0; // ∂/∂q
    let dLogGamma = 0; // ∂/∂ln γ
    for (let k = 1; k < countByX.length; k++) {
      const count = countByX[k] ?? 0;
      if (count === 0) continue;
      const px = p * k;
      const digammaSum = digamma(px + q);
      ll += count * (logGamma(px + q) - logGamma(px) - logGammaQ);
      dp += count * k * (digammaSum - digamma(px));
      dq += count * (digammaSum - digammaQ);
    }
    const logGammaParam = Math.log(gamma);
    const inverseGamma = 1 / gamma;
    for (let i = 0; i < n; i++) {
      const xi = x[i] ?? 0;
      const ratio = (u[i] ?? 0) * inverseGamma;
      const log1pRatio = Math.log1p(ratio);
      const logRatio = (logU[i] ?? 0) - logGammaParam;
      const pxi = p * xi;
      ll += pxi * logRatio - (pxi + q) * log1pRatio;
      dp += xi * (logRatio - log1pRatio);
      dq -= log1pRatio;
      dLogGamma += (pxi + q) * (ratio / (1 + ratio)) - pxi;
    }
    gradient[0] = (-dp * p) / n;
    gradient[1] = (-dq * q) / n;
    gradient[2] = -dLogGamma / n;
    return -ll / n;
  };
}

/** Total log-likelihood of the repeat customers' mean spends at the given parameters. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, columns: SpendColumns): number {
  const data = prepareSpendData(columns, 1);
  const theta = Float64Array.of(Math.log(params.p), Math.log(params.q), Math.log(params.gamma));
  return -spendObjective(data)(theta, new Float64Array(3)) * data.n - data.sumLogZ;
}

const WARM_START_ROWS = 20_000;
const STARTS = [
  [1, 2, 1],
  [1, 1, 1],
  [20, 10, 0.5],
].map((start) => start.map(Math.log));

function subsampleSpendData(data: SpendData, maxRows: number): SpendData {
  const stride = Math.max(1, Math.ceil(data.n / maxRows));
  const pick = (column: Float64Array) => column.filter((_, i) => i % stride === 0);
  const x = pick(data.x);
  const countByX = new Float64Array(data.countByX.length);
  for (const v of x) countByX[v] = (countByX[v] ?? 0) + 1;
  return { x, logU: pick(data.logU), u: pick(data.u), countByX, n: x.length };
}

function fitFromStarts(data: SpendData, settings: MinimiseOptions): MinimiseResult {
  const objective = spendObjective(data);
  let best: MinimiseResult | undefined;
  let iterations = 0;
  for (const start of STARTS) {
    const result = minimise(objective, start, settings);
    iterations += result.iterations;
    if (!best || result.value < best.value || (result.converged && !best.converged)) best = result;
    if (result.converged) break;
  }
  return { ...(best as MinimiseResult), iterations };
}

/**
 * Fits p, q, γ by maximum likelihood on customers with x > 0 (zbar = mean repeat spend); γ is in
 * the units of zbar. Large inputs are first fitted on a systematic subsample, then polished on all.
 */
export function fitGammaGamma(columns: SpendColumns): GammaGammaFit {
  // Fitting on z̄ / mean(z̄) makes the problem unit-free; γ scales back and ℓ shifts by −n ln(scale).
  let total = 0;
  let count = 0;
  for (let i = 0; i < columns.x.length; i++) {
    const zbar = columns.zbar[i] ?? 0;
    if ((columns.x[i] ?? 0) > 0 && zbar > 0) {
      total += zbar;
      count++;
    }
  }
  if (count === 0) throw new RangeError('no repeat customers with a positive mean spend');
  const scale = total / count;
  const data = prepareSpendData(columns, scale);
  const settings: MinimiseOptions = { lower: [-18, -18, -18], upper: [18, 18, 18], gradientTolerance: 1e-9 };
  let result: MinimiseResult | undefined;
  let iterations = 0;
  if (data.n > 2 * WARM_START_ROWS) {
    const warm = fitFromStarts(subsampleSpendData(data, WARM_START_ROWS), settings);
    const polished = minimise(spendObjective(data), warm.x, {
      ...settings,
      inverseHessian: warm.inverseHessian,
    });
    iterations += warm.iterations + polished.iterations;
    if (polished.converged) result = polished;
  }
  if (!result) {
    result = fitFromStarts(data, settings);
    iterations += result.iterations;
  }
  const [p, q, gamma] = Array.from(result.x, Math.exp) as [number, number, number];
  return {
    params: { p, q, gamma: gamma * scale },
    logLikelihood: -result.value * data.n - data.sumLogZ - data.n * Math.log(scale),
    customers: data.n,
    excluded: data.excluded,
    iterations,
    converged: result.converged,
  };
}

/**
 * E[M | x, z̄] = p(γ + x z̄)/(px + q − 1), a credibility-weighted mix of the population mean
 * pγ/(q−1) and the customer's z̄ (FHL 2005b; note 025). Infinite for x = 0 when q ≤ 1.
 */
export function conditionalExpectedAverageSpend(params: GammaGammaParams, x: number, zbar: number): number {
  const { p, q, gamma } = params;
  const denominator = p * x + q - 1;
  return denominator > 0 ? (p * (gamma + x * zbar)) / denominator : Infinity;
}

/** Population mean spend per transaction pγ/(q−1); infinite when q ≤ 1. */
export function expectedAverageSpend(params: GammaGammaParams): number {
  return conditionalExpectedAverageSpend(params, 0, 0);
}
