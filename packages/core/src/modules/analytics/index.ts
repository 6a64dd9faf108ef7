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
export {
  DAYPART_BOUNDARIES,
  DAYPART_NAMES,
  daypartIndexOfHour,
  isLocalHour,
  type DaypartName,
} from './dayparts';
export {
  guestFeatures,
  type FeatureInfo,
  type FeatureKind,
  type FeatureMatrix,
  type GuestFeatureMatrix,
  type GuestFeatureOptions,
  type GuestOrderRecord,
} from './guest-features';
export { standardiseColumns, type StandardisedMatrix } from './standardise';
export { assignNearest, kMeans, sampleIndices, type KMeansOptions, type KMeansResult } from './kmeans';
export { meanSilhouette, pairwiseDistances } from './silhouette';
export {
  describeCentroid,
  MIN_DESCRIBED_Z,
  MIN_NOUN_Z,
  type CentroidFacts,
  type ClusterDescription,
  type ClusterFeature,
  type ClusterWords,
} from './cluster-describe';
export {
  bestBySilhouette,
  clusterGuests,
  type ClusterOptions,
  type GuestCluster,
  type GuestClusters,
} from './cluster-guests';
export {
  DEFAULT_LOYALTY_SCALES,
  LOYALTY_HIGH_THRESHOLD,
  LOYALTY_WEIGHTS,
  loyaltyCoefficient,
  loyaltyComponents,
  loyaltyScalesFromMedians,
  type LoyaltyComponent,
  type LoyaltyInput,
  type LoyaltyScales,
  type LoyaltyScore,
  type LoyaltyWeights,
} from './loyalty-coefficient';
export {
  aggregateLoyalty,
  type LoyaltyAggregate,
  type LoyaltyAggregates,
  type LoyaltyRow,
} from './loyalty-aggregate';
export { isValidOrderRecord, validOrders, type OrderRecord } from './order-records';
export { cohortRetention, newVsReturning, type CohortRow, type MonthFigures } from './order-cohorts';
export {
  channelMix,
  compareStores,
  daypartWeekdayHeat,
  describeOrders,
  orderTotals,
  type ChannelShare,
  type DaypartWeekdayHeat,
  type OrderFigures,
  type OrderTotals,
  type StoreFigures,
} from './order-figures';
