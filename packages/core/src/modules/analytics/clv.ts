import type { BgNbdParams, GammaGammaParams } from './analytics.types';
import { pAlive } from './bgnbd';
import { expectedTransactionsSeriesInto } from './bgnbd-series';
import { conditionalExpectedAverageSpend } from './gamma-gamma';

/**
 * Customer lifetime value over a horizon, lifetimes' discrete-month convention:
 *   CLV = Σ_{m=1..M} E[M | x, z̄] · (E[Y(m·u)] − E[Y((m−1)·u)]) / (1 + d)^m,
 * with E[Y(·)] the BG/NBD conditional expectation (FHL 2005, eq. 10), E[M | x, z̄] the Gamma-Gamma
 * expected spend, u the length of a month in the summary's time unit and d the monthly discount rate.
 */

/** Weeks per month used by lifetimes (`freq='W'`): 4.345. */
export const WEEKS_PER_MONTH = 4.345;

/** Days per month used by lifetimes (`freq='D'`): 30. */
export const DAYS_PER_MONTH = 30;

/** Horizon in months (default 12), monthly discount rate (default 0.01) and month length (default weeks). */
export type ClvOptions = { months?: number; monthlyDiscountRate?: number; unitsPerMonth?: number };

/** Expected transactions of a customer known to be alive: over the horizon, and discounted by month. */
export type ForecastIfAlive = { transactions: number; discountedTransactions: number };

/**
 * Returns a function of (x, T) giving, for a customer alive at T, E[Y(horizon)] and the discounted
 * Σ_m (E[Y(m·u)] − E[Y((m−1)·u)]) / (1+d)^m. Multiplied by P(alive | x, t_x, T) these are FHL 2005
 * eq. 10 and the CLV's transaction factor; t_x enters only through P(alive), so callers can cache
 * per (x, T). One series evaluation covers all horizons; the returned object is reused.
 */
export function createForecastIfAlive(
  params: BgNbdParams,
  options: ClvOptions & { horizon?: number } = {},
): (x: number, T: number) => ForecastIfAlive {
  const months = options.months ?? 12;
  const rate = options.monthlyDiscountRate ?? 0.01;
  const unit = options.unitsPerMonth ?? WEEKS_PER_MONTH;
  const horizon = options.horizon ?? months * unit;
  if (!(Number.isInteger(months) && months >= 0 && rate > -1 && unit > 0 && horizon >= 0)) {
    throw new RangeError('invalid CLV options');
  }
  const horizons = Float64Array.from({ length: months + 1 }, (_, m) =>
    m < months ? (m + 1) * unit : horizon,
  );
  const discounts = Float64Array.from({ length: months }, (_, m) => Math.pow(1 + rate, -(m + 1)));
  const cumulative = new Float64Array(months + 1);
  const forecast: ForecastIfAlive = { transactions: 0, discountedTransactions: 0 };
  const { r, alpha, a, b } = params;
  return (x, T) => {
    expectedTransactionsSeriesInto(r + x, alpha + T, a, b + x, horizons, cumulative);
    let total = 0;
    let previous = 0;
    for (let m = 0; m < months; m++) {
      const current = cumulative[m] ?? 0;
      total += (current - previous) * (discounts[m] ?? 0);
      previous = current;
    }
    forecast.transactions = cumulative[months] ?? 0;
    forecast.discountedTransactions = total;
    return forecast;
  };
}

/** CLV of one customer in money units of z̄ (see the module comment for the formula). */
export function customerLifetimeValue(
  bgNbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customer: { x: number; tx: number; T: number; zbar: number },
  options: ClvOptions = {},
): number {
  const alive = pAlive(bgNbd, customer.x, customer.tx, customer.T);
  if (alive === 0) return 0;
  const transactions =
    alive * createForecastIfAlive(bgNbd, options)(customer.x, customer.T).discountedTransactions;
  if (transactions === 0) return 0;
  return transactions * conditionalExpectedAverageSpend(gammaGamma, customer.x, customer.zbar);
}
