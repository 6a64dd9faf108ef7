import type { BgNbdParams } from './analytics.types';
import { scoreChurnRisk, type ChurnOptions } from './churn';

/**
 * Evaluation of a churn score on history: churned = no purchase in the holdout; ROC AUC by ranks
 * (Mann–Whitney, ties at average ranks) and precision among the top k % of scores.
 */

/** One customer: calibration summary plus purchases in the holdout (as `buildCustomerSummaries` gives). */
export type ChurnEvaluationRow = { x: number; tx: number; T: number; xHoldout?: number };

/** AUC and precision@k of one score. */
export type ChurnScoreQuality = { auc: number; precisionAtK: number };

/** Result of `evaluateChurn`: the model's risk against the recency baseline (T − t_x). */
export type ChurnEvaluation = {
  customers: number;
  churned: number;
  k: number;
  model: ChurnScoreQuality;
  baseline: ChurnScoreQuality;
};

/** Average ranks (1-based) of the values, ties sharing the mean of their ranks. */
function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => (values[i] ?? 0) - (values[j] ?? 0));
  const ranks = new Float64Array(n);
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && values[order[end] ?? 0] === values[order[start] ?? 0]) end++;
    const rank = (start + 1 + end) / 2;
    for (let m = start; m < end; m++) ranks[order[m] ?? 0] = rank;
    start = end;
  }
  return ranks;
}

function checkInput(scores: ArrayLike<number>, positive: ArrayLike<boolean>): void {
  if (scores.length !== positive.length) throw new RangeError('scores and labels differ in length');
  for (let i = 0; i < scores.length; i++) {
    if (Number.isNaN(scores[i])) throw new RangeError(`score ${i} is NaN`);
  }
}

/**
 * ROC AUC = (Σ ranks of positives − P(P+1)/2) / (P·N) (Mann–Whitney U); higher scores should mean
 * positive. 1 perfect, 0.5 no better than chance; NaN without both classes.
 */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  checkInput(scores, positive);
  const ranks = averageRanks(scores);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (positive[i]) {
      positives++;
      rankSum += ranks[i] ?? 0;
    }
  }
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Share of positives among the k highest scores; a tie across the cut counts as its mean share
 * (the expectation over random tie-breaking), so the result does not depend on input order.
 */
export function precisionAtK(scores: ArrayLike<number>, positive: ArrayLike<boolean>, k: number): number {
  checkInput(scores, positive);
  if (!(Number.isInteger(k) && k >= 1 && k <= scores.length)) throw new RangeError(`k out of range: ${k}`);
  const order = Array.from({ length: scores.length }, (_, i) => i).sort(
    (i, j) => (scores[j] ?? 0) - (scores[i] ?? 0),
  );
  const cut = scores[order[k - 1] ?? 0] ?? 0;
  let above = 0;
  let abovePositive = 0;
  let tied = 0;
  let tiedPositive = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? 0;
    if (s > cut) {
      above++;
      if (positive[i]) abovePositive++;
    } else if (s === cut) {
      tied++;
      if (positive[i]) tiedPositive++;
    }
  }
  return (abovePositive + ((k - above) * tiedPositive) / tied) / k;
}

/**
 * Scores every row with `scoreChurnRisk` and with recency (T − t_x), labels churned = no holdout
 * purchase, and reports AUC and precision@k, k = round(topFraction · n) (default 10 %).
 */
export function evaluateChurn(
  params: BgNbdParams,
  rows: readonly ChurnEvaluationRow[],
  options: ChurnOptions & { topFraction?: number } = {},
): ChurnEvaluation {
  const n = rows.length;
  const risk = new Float64Array(n);
  const recency = new Float64Array(n);
  const churned: boolean[] = [];
  rows.forEach((row, i) => {
    if (row.xHoldout === undefined) throw new RangeError(`row ${i} has no holdout count`);
    risk[i] = scoreChurnRisk(params, row, options).risk;
    recency[i] = row.T - row.tx;
    churned.push(row.xHoldout === 0);
  });
  const k = Math.min(n, Math.max(1, Math.round((options.topFraction ?? 0.1) * n)));
  const quality = (scores: Float64Array) => ({
    auc: rocAuc(scores, churned),
    precisionAtK: precisionAtK(scores, churned, k),
  });
  return {
    customers: n,
    churned: churned.filter(Boolean).length,
    k,
    model: quality(risk),
    baseline: quality(recency),
  };
}
