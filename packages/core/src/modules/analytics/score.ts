import type { BgNbdParams, GammaGammaParams, SummaryColumns } from './analytics.types';
import { pAlive } from './bgnbd';
import { createForecastIfAlive, type ClvOptions } from './clv';
import { compressRows } from './compress';
import { conditionalExpectedAverageSpend } from './gamma-gamma';

/** Per-customer scores, index-aligned with the input columns. */
export type CustomerScores = {
  pAlive: Float64Array;
  expectedTransactions: Float64Array;
  expectedSpend: Float64Array;
  clv: Float64Array;
};

/** CLV options plus the horizon of `expectedTransactions` (default: the CLV horizon, months · unitsPerMonth). */
export type ScoreOptions = ClvOptions & { horizon?: number };

/**
 * Scores every customer: P(alive), expected transactions over the horizon, expected spend per
 * transaction and CLV. The series part depends on (x, T) only, so it runs once per distinct pair.
 */
export function scoreCustomers(
  bgNbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  columns: SummaryColumns & { zbar: ArrayLike<number> },
  options: ScoreOptions = {},
): CustomerScores {
  const n = columns.x.length;
  const distinct = compressRows([columns.x, columns.T]);
  const [xs, Ts] = distinct.columns as [Float64Array, Float64Array];
  const forecastIfAlive = createForecastIfAlive(bgNbd, options);
  const transactionsByPair = new Float64Array(distinct.size);
  const discountedByPair = new Float64Array(distinct.size);
  for (let k = 0; k < distinct.size; k++) {
    const forecast = forecastIfAlive(xs[k] ?? 0, Ts[k] ?? 0);
    transactionsByPair[k] = forecast.transactions;
    discountedByPair[k] = forecast.discountedTransactions;
  }
  const scores: CustomerScores = {
    pAlive: new Float64Array(n),
    expectedTransactions: new Float64Array(n),
    expectedSpend: new Float64Array(n),
    clv: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const k = distinct.uniqueIndexOfRow[i] ?? 0;
    const x = columns.x[i] ?? 0;
    const alive = pAlive(bgNbd, x, columns.tx[i] ?? 0, columns.T[i] ?? 0);
    const spend = conditionalExpectedAverageSpend(gammaGamma, x, columns.zbar[i] ?? 0);
    const discounted = alive * (discountedByPair[k] ?? 0);
    scores.pAlive[i] = alive;
    scores.expectedTransactions[i] = alive * (transactionsByPair[k] ?? 0);
    scores.expectedSpend[i] = spend;
    scores.clv[i] = discounted === 0 ? 0 : discounted * spend;
  }
  return scores;
}
