import type { BgNbdParams } from './analytics.types';
import { pAlive } from './bgnbd';

/**
 * Lifecycle stages decided from each guest's own rhythm under a fitted BG/NBD model
 * (Fader, Hardie & Lee 2005): expected gap between visits, P(alive) and time since the last visit.
 */

/** The lifecycle stages; `prospect` is a known guest who has never purchased. */
export type LifecycleStage = 'prospect' | 'new' | 'active' | 'loyal' | 'at_risk' | 'lapsed' | 'won_back';

/** Thresholds of the stage rules; gaps are multiples of the guest's expected gap, so unit-free. */
export type LifecycleConfig = {
  atRiskGaps: number;
  lapsedGaps: number;
  atRiskPAlive: number;
  lapsedPAlive: number;
  loyalMinRepeats: number;
  loyalMinPAlive: number;
};

/** Default thresholds: at risk after 2 expected gaps or P(alive) < 0.5, lapsed after 4 or < 0.2. */
export const DEFAULT_LIFECYCLE_CONFIG: LifecycleConfig = {
  atRiskGaps: 2,
  lapsedGaps: 4,
  atRiskPAlive: 0.5,
  lapsedPAlive: 0.2,
  loyalMinRepeats: 4,
  loyalMinPAlive: 0.7,
};

/** A purchasing guest's calibration summary: x repeat visits, t_x and T in the model's time unit. */
export type GuestHistory = { x: number; tx: number; T: number };

/** The numbers a stage is decided from; `overdue` = sinceLast / expectedGap. Time in the model's unit. */
export type LifecycleFacts = {
  x: number;
  expectedGap: number;
  sinceLast: number;
  overdue: number;
  pAlive: number;
  previousStage: LifecycleStage | undefined;
};

/** One row of the stage table: the first row whose `applies` holds decides the stage. */
export type LifecycleRule = {
  stage: LifecycleStage;
  when: string;
  applies: (facts: LifecycleFacts, config: LifecycleConfig) => boolean;
};

/** A decided stage with the rule that fired and the numbers behind it (undefined for prospects). */
export type LifecycleDecision = { stage: LifecycleStage; rule: string; facts: LifecycleFacts | undefined };

/**
 * Expected gap between visits ≈ 1/E[λ | x visits by t_x] = (α + t_x)/(r + x): the gamma posterior
 * of the Poisson rate given the purchases up to the last one (FHL 2005, §2); α/r when x = 0.
 */
export function expectedGap(params: BgNbdParams, x: number, tx: number): number {
  return (params.alpha + tx) / (params.r + x);
}

const isLapsed = (f: LifecycleFacts, c: LifecycleConfig) =>
  f.overdue >= c.lapsedGaps || f.pAlive < c.lapsedPAlive;
const isAtRisk = (f: LifecycleFacts, c: LifecycleConfig) =>
  f.overdue >= c.atRiskGaps || f.pAlive < c.atRiskPAlive;

/**
 * The stage table for purchasing guests, first match wins; the last row always matches, so every
 * guest gets exactly one stage. Loyal outranks won_back: a won-back guest stays so until loyal or late.
 */
export const LIFECYCLE_RULES: readonly LifecycleRule[] = [
  { stage: 'lapsed', when: 'overdue ≥ lapsedGaps or P(alive) < lapsedPAlive', applies: isLapsed },
  { stage: 'at_risk', when: 'overdue ≥ atRiskGaps or P(alive) < atRiskPAlive', applies: isAtRisk },
  { stage: 'new', when: 'no repeat visit yet (x = 0)', applies: (f) => f.x === 0 },
  {
    stage: 'loyal',
    when: 'x ≥ loyalMinRepeats and P(alive) ≥ loyalMinPAlive',
    applies: (f, c) => f.x >= c.loyalMinRepeats && f.pAlive >= c.loyalMinPAlive,
  },
  {
    stage: 'won_back',
    when: 'previous stage lapsed or won_back',
    applies: (f) => f.previousStage === 'lapsed' || f.previousStage === 'won_back',
  },
  { stage: 'active', when: 'otherwise', applies: () => true },
];

/** The facts of one purchasing guest; throws RangeError on an impossible history. */
export function lifecycleFacts(
  params: BgNbdParams,
  history: GuestHistory,
  previousStage?: LifecycleStage,
): LifecycleFacts {
  const { x, tx, T } = history;
  if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && T >= tx)) {
    throw new RangeError(`impossible history x=${x} t_x=${tx} T=${T}`);
  }
  const gap = expectedGap(params, x, tx);
  const sinceLast = T - tx;
  return {
    x,
    expectedGap: gap,
    sinceLast,
    overdue: sinceLast / gap,
    pAlive: pAlive(params, x, tx, T),
    previousStage,
  };
}

/**
 * Decides a guest's stage; `history` undefined means never purchased (prospect). Pure and
 * idempotent; pass the stage of the previous run to detect won_back.
 */
export function decideLifecycleStage(
  params: BgNbdParams,
  history: GuestHistory | undefined,
  previousStage?: LifecycleStage,
  config: LifecycleConfig = DEFAULT_LIFECYCLE_CONFIG,
): LifecycleDecision {
  if (!history) return { stage: 'prospect', rule: 'never purchased', facts: undefined };
  const facts = lifecycleFacts(params, history, previousStage);
  const rule = LIFECYCLE_RULES.find((r) => r.applies(facts, config));
  if (!rule) throw new RangeError('no lifecycle rule matched');
  return { stage: rule.stage, rule: rule.when, facts };
}
