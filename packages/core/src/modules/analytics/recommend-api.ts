/** Public surface of dish recommendations (re-exports only). */
export {
  buildCoOccurrence,
  popularItems,
  recommendForBasket,
  type CoOccurrenceModel,
  type RecommendOptions,
  type ScoredItem,
  type Similarity,
} from './recommend';
export {
  evaluateRecommendations,
  type EvaluateOptions,
  type RecommendEvaluation,
} from './recommend-evaluate';
