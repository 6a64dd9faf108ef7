import type { BgNbdParams, SummaryColumns } from './analytics.types';
import { bgNbdObjective, prepareBgNbdData, subsampleBgNbdData, type BgNbdData } from './bgnbd-likelihood';
import { expectedTransactionsSeries } from './bgnbd-series';
import { minimise, type MinimiseOptions, type MinimiseResult } from './optimise';
import { log1pExp, logGamma } from './special-functions';

/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting your customers the easy way",
 * Marketing Science 24(2): fit by maximum likelihood and the customer-level predictions.
 * Time is in the unit of the summary (weeks or days); x counts repeat transactions.
 */

/** A fitted BG/NBD model: parameters, total log-likelihood and how the optimiser ended. */
export type BgNbdFit = {
  params: BgNbdParams;
  logLikelihood: number;
  customers: number;
  distinctRows: number;
  iterations: number;
  converged: boolean;
};

/** Optional starting points (tried in order until one converges) and stopping rules. */
export type BgNbdFitOptions = {
  starts?: readonly BgNbdParams[];
  gradientTolerance?: number;
  maxIterations?: number;
};

// Box on the log-parameters. b (or a) at the upper bound means the data show no drop-out:
// the model has degenerated to the NBD, and predictions there equal the NBD ones to ~1e-8.
const LOG_LOWER = Math.log(1e-8);
const LOG_UPPER = Math.log(1e8);

function defaultStarts(data: BgNbdData): BgNbdParams[] {
  const scale = data.sumT / Math.max(data.sumX, 1);
  return [
    { r: 1, alpha: scale, a: 1, b: 1 },
    { r: 1, alpha: 1, a: 1, b: 1 },
    { r: 5, alpha: 10 * scale, a: 5, b: 0.2 },
  ];
}

// Above this many distinct rows, fit a systematic subsample first and polish on all rows,
// starting from the subsample's optimum and inverse Hessian: a few full evaluations instead of ~35.
const WARM_START_ROWS = 20_000;

function fitFromStarts(
  data: BgNbdData,
  starts: readonly BgNbdParams[],
  settings: MinimiseOptions,
): MinimiseResult {
  const objective = bgNbdObjective(data);
  let best: MinimiseResult | undefined;
  let iterations = 0;
  for (const start of starts) {
    const result = minimise(objective, [start.r, start.alpha, start.a, start.b].map(Math.log), settings);
    iterations += result.iterations;
    if (!best || result.value < best.value || (result.converged && !best.converged)) best = result;
    if (result.converged) break;
  }
  if (!best) throw new RangeError('no starting values given');
  return { ...best, iterations };
}

/** Fits r, α, a, b by maximum likelihood over the distinct (x, t_x, T) rows; throws RangeError on bad rows. */
export function fitBgNbd(summary: SummaryColumns, options: BgNbdFitOptions = {}): BgNbdFit {
  const data = prepareBgNbdData(summary);
  const starts = options.starts ?? defaultStarts(data);
  const settings: MinimiseOptions = {
    lower: new Array(4).fill(LOG_LOWER),
    upper: new Array(4).fill(LOG_UPPER),
    gradientTolerance: options.gradientTolerance ?? 1e-9,
    maxIterations: options.maxIterations ?? 500,
  };
  let result: MinimiseResult | undefined;
  let iterations = 0;
  if (data.rows > 2 * WARM_START_ROWS) {
    const warm = fitFromStarts(subsampleBgNbdData(data, WARM_START_ROWS), starts, settings);
    const polished = minimise(bgNbdObjective(data), warm.x, {
      ...settings,
      inverseHessian: warm.inverseHessian,
    });
    iterations += warm.iterations + polished.iterations;
    if (polished.converged) result = polished;
  }
  if (!result) {
    result = fitFromStarts(data, starts, settings);
    iterations += result.iterations;
  }
  const [r, alpha, a, b] = Array.from(result.x, Math.exp) as [number, number, number, number];
  return {
    params: { r, alpha, a, b },
    logLikelihood: -result.value * data.customers,
    customers: data.customers,
    distinctRows: data.rows,
    iterations,
    converged: result.converged,
  };
}

/**
 * ln P(alive at T | x, t_x, T) (Fader, Hardie & Lee 2008, "Computing P(alive) using the BG/NBD model"):
 * −ln(1 + δ_{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)); finite even when P(alive) underflows.
 */
export function logPAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 0;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return -log1pExp(logOdds);
}

/** P(alive at T | x, t_x, T) ∈ [0, 1]; 1 for customers without repeat purchases. */
export function pAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  return Math.exp(logPAlive(params, x, tx, T));
}

/** E[X(t)]: expected repeat transactions of a new customer in (0, t] (FHL 2005, eq. 9). */
export function expectedTransactions(params: BgNbdParams, t: number): number {
  return expectedTransactionsSeries(params.r, params.alpha, params.a, params.b, t);
}

/**
 * E[Y(t) | x, t_x, T]: expected repeat transactions in (T, T+t] of a customer with this history
 * (FHL 2005, eq. 10) = P(alive) · E[X(t)] under the updated parameters (r+x, α+T, a, b+x).
 */
export function conditionalExpectedTransactions(
  params: BgNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  const alive = pAlive(params, x, tx, T);
  if (alive === 0) return 0;
  const { r, alpha, a, b } = params;
  return alive * expectedTransactionsSeries(r + x, alpha + T, a, b + x, t);
}

/**
 * P(X(t) = n) for a new customer (FHL 2005, eq. 8). Beta-function ratios are sums of log1p terms
 * (stable for huge b), and the bracket 1 − Σ_{j<n} NB(j) is summed as the upper tail when small.
 */
export function probabilityOfTransactions(params: BgNbdParams, t: number, n: number): number {
  const { r, alpha, a, b } = params;
  if (!(Number.isInteger(n) && n >= 0 && t >= 0)) return NaN;
  if (t === 0) return n === 0 ? 1 : 0;
  const logStay = -Math.log1p(t / alpha); // ln(α/(α+t))
  const logZ = Math.log(t) - Math.log(alpha + t); // ln(t/(α+t))
  const z = Math.exp(logZ);
  const logNb = (j: number) => logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * logStay + j * logZ;
  if (!Number.isFinite(b)) return Math.exp(logNb(n)); // no drop-out: the NBD
  // ln B(a, b+j)/B(a, b) = −Σ_{k<j} ln(1 + a/(b+k)); NB(j) by its term ratio.
  let logBetaRatio = 0;
  let logBetaRatioBefore = 0;
  let head = 0;
  let term = Math.exp(r * logStay);
  for (let j = 0; j < n; j++) {
    head += term;
    term *= ((r + j) / (j + 1)) * z;
    logBetaRatioBefore = logBetaRatio;
    logBetaRatio -= Math.log1p(a / (b + j));
  }
  const first = Math.exp(logBetaRatio + logNb(n));
  if (n === 0) return first;
  let tail = 1 - head;
  if (head > 0.5) {
    tail = 0;
    term = Math.exp(logNb(n));
    for (let j = n; j < n + 10_000_000; j++) {
      tail += term;
      const ratio = ((r + j) / (j + 1)) * z;
      term *= ratio;
      if (ratio < 1 && term <= 1e-17 * tail * (1 - ratio)) break;
    }
  }
  // B(a+1, b+n−1)/B(a, b) = a/(a+b+n−1) · B(a, b+n−1)/B(a, b)
  return first + (a / (a + b + n - 1)) * Math.exp(logBetaRatioBefore) * Math.max(0, tail);
}
