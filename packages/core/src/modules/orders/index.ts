export { orders, orderLines, orderEvents, guestItemStats, idempotencyKeys } from './orders.tables';
