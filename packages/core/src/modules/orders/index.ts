export { orders, orderLines, orderEvents, guestItemStats, idempotencyKeys } from './orders.tables';
export { integrations } from './integrations.tables';
export { ingestOrder } from './ingest-order';
export { ingestOrderBatch } from './ingest-batch';
export { recordOrderEvent } from './order-events.service';
export { listOrders, getOrder } from './orders-query.service';
export { getGuestPortrait } from './guest-portrait.service';
export {
  createIntegration,
  listIntegrations,
  findIntegrationSecrets,
  integrationActor,
  receiveWebhookOrder,
  type IntegrationSecret,
} from './integrations.service';
export {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  type IdempotentRequest,
  type StoredAnswer,
} from './idempotency.service';
export { localTime, type LocalTime } from './local-time.rules';
export { daypartOf, DAYPART_STARTS } from './daypart.rules';
export { priceOrder, applyRefund } from './order-amounts.rules';
