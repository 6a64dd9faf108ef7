export type { BgNbdParams, GammaGammaParams, SpendColumns, SummaryColumns } from './analytics.types';
export {
  conditionalExpectedTransactions,
  expectedTransactions,
  fitBgNbd,
  logPAlive,
  pAlive,
  probabilityOfTransactions,
  type BgNbdFit,
  type BgNbdFitOptions,
} from './bgnbd';
export { bgNbdLogLikelihood, prepareBgNbdData, type BgNbdData } from './bgnbd-likelihood';
export {
  createForecastIfAlive,
  customerLifetimeValue,
  DAYS_PER_MONTH,
  WEEKS_PER_MONTH,
  type ForecastIfAlive,
  type ClvOptions,
} from './clv';
export {
  conditionalExpectedAverageSpend,
  expectedAverageSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  type GammaGammaFit,
} from './gamma-gamma';
export {
  quintileScores,
  RFM_SEGMENT_RULES,
  rfmScores,
  rfmSegment,
  type RfmSegment,
  type RfmSegmentRule,
} from './rfm';
export { scoreCustomers, type CustomerScores, type ScoreOptions } from './score';
export {
  buildCustomerSummaries,
  toDayNumber,
  toSummaryColumns,
  type CustomerSummary,
  type SummaryOptions,
  type TimeUnit,
  type Transaction,
} from './summary';
export { generateSyntheticCustomers, type SyntheticCustomers, type SyntheticOptions } from './synthetic';
export { btydReport, type BtydInputRow, type BtydReport } from './btyd-report';
export * from './recommend-api';
export {
  decideLifecycleStage,
  DEFAULT_LIFECYCLE_CONFIG,
  expectedGap,
  LIFECYCLE_RULES,
  lifecycleFacts,
  type GuestHistory,
  type LifecycleConfig,
  type LifecycleDecision,
  type LifecycleFacts,
  type LifecycleRule,
  type LifecycleStage,
} from './lifecycle.rules';
export {
  probabilityOfNoVisit,
  scoreChurnRisk,
  type ChurnOptions,
  type ChurnReason,
  type ChurnRisk,
} from './churn';
export {
  evaluateChurn,
  precisionAtK,
  rocAuc,
  type ChurnEvaluation,
  type ChurnEvaluationRow,
  type ChurnScoreQuality,
} from './churn-evaluate';
