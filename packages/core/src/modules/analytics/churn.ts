import type { BgNbdParams } from './analytics.types';
import { pAlive } from './bgnbd';
import { expectedGap, type GuestHistory } from './lifecycle.rules';
import type { TimeUnit } from './summary';

/** Structured reason of a churn score, in days, for the console to put into words. */
export type ChurnReason = { gapDays: number; daysSinceLast: number; pAlive: number; visits: number };

/** A churn-risk score in [0, 1] with its structured reason and a one-sentence English version. */
export type ChurnRisk = { risk: number; reason: ChurnReason; sentence: string };

/** Time unit of the history (default week) and the horizon in that unit (default 13 weeks or 91 days). */
export type ChurnOptions = { unit?: TimeUnit; horizon?: number };

/**
 * P(no visit in (T, T+t] | x, t_x, T) = 1 − P(alive)·(1 − ((α+T)/(α+T+t))^(r+x)): dead, or alive with
 * λ ~ Gamma(r+x, α+T) and no Poisson event in t (FHL 2005, §2; P(alive) per FHL 2008).
 */
export function probabilityOfNoVisit(params: BgNbdParams, history: GuestHistory, t: number): number {
  const { x, tx, T } = history;
  const { r, alpha } = params;
  const quietIfAlive = Math.exp(-(r + x) * Math.log1p(t / (alpha + T)));
  return 1 - pAlive(params, x, tx, T) * (1 - quietIfAlive);
}

function describe(reason: ChurnReason): string {
  const since = Math.round(reason.daysSinceLast);
  const gap = Math.round(reason.gapDays);
  const alive = `P(alive) ${reason.pAlive.toFixed(2)}`;
  if (reason.visits === 1)
    return `one visit so far, ${since} days ago; guests like this return about every ${gap} days; ${alive}`;
  return `visits about every ${gap} days; not seen for ${since} days; ${alive}`;
}

/**
 * Churn risk of one guest = probability of no visit within the horizon, with the reason
 * (expected gap, time since last visit, P(alive)) in days; 7 days per week.
 */
export function scoreChurnRisk(
  params: BgNbdParams,
  history: GuestHistory,
  options: ChurnOptions = {},
): ChurnRisk {
  const unit = options.unit ?? 'week';
  const daysPerUnit = unit === 'week' ? 7 : 1;
  const horizon = options.horizon ?? 91 / daysPerUnit;
  const { x, tx, T } = history;
  const reason: ChurnReason = {
    gapDays: expectedGap(params, x, tx) * daysPerUnit,
    daysSinceLast: (T - tx) * daysPerUnit,
    pAlive: pAlive(params, x, tx, T),
    visits: x + 1,
  };
  const risk = Math.min(1, Math.max(0, probabilityOfNoVisit(params, history, horizon)));
  return { risk, reason, sentence: describe(reason) };
}
