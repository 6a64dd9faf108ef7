import { conditionalExpectedTransactions, fitBgNbd } from './bgnbd';
import { fitGammaGamma } from './gamma-gamma';

/** One customer's calibration summary, with the holdout count when there is a holdout. */
export type BtydInputRow = { x: number; tx: number; T: number; zbar?: number; xHoldout?: number };

/**
 * The answer of `regulars analytics btyd`: fitted BG/NBD and Gamma-Gamma parameters with their
 * log-likelihoods, and the holdout's actual versus conditionally predicted repeat transactions.
 */
export type BtydReport = {
  customers: number;
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number; converged: boolean };
  gammaGamma: { p: number; q: number; gamma: number; logLikelihood: number; customers: number } | null;
  holdout: { periods: number; actual: number; predicted: number } | null;
};

/**
 * Fits both models on summaries and, given `holdoutPeriods` (in the summaries' time unit),
 * compares Σ actual holdout transactions with Σ E[Y(t) | x, t_x, T] (Fader, Hardie & Lee 2005,
 * eq. 10). Gamma-Gamma is null when no spend is known or no customer repeated with spend > 0.
 */
export function btydReport(
  rows: readonly BtydInputRow[],
  options: { holdoutPeriods?: number } = {},
): BtydReport {
  const n = rows.length;
  if (n === 0) throw new RangeError('no customers to fit');
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const zbar = new Float64Array(n);
  let hasSpend = false;
  rows.forEach((row, i) => {
    x[i] = row.x;
    tx[i] = row.tx;
    T[i] = row.T;
    zbar[i] = row.zbar ?? 0;
    if (row.x > 0 && (row.zbar ?? 0) > 0) hasSpend = true;
  });
  const bg = fitBgNbd({ x, tx, T });
  const gg = hasSpend ? fitGammaGamma({ x, zbar }) : null;
  let holdout: BtydReport['holdout'] = null;
  if (options.holdoutPeriods !== undefined) {
    let actual = 0;
    let predicted = 0;
    for (const row of rows) {
      actual += row.xHoldout ?? 0;
      predicted += conditionalExpectedTransactions(bg.params, options.holdoutPeriods, row.x, row.tx, row.T);
    }
    holdout = { periods: options.holdoutPeriods, actual, predicted };
  }
  return {
    customers: n,
    bgnbd: { ...bg.params, logLikelihood: bg.logLikelihood, converged: bg.converged },
    gammaGamma: gg ? { ...gg.params, logLikelihood: gg.logLikelihood, customers: gg.customers } : null,
    holdout,
  };
}
