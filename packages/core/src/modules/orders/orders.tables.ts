import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { guests } from '../guests/guests.tables';
import { brands, stores } from '../org/org.tables';

/**
 * One order. `source` + `externalId` (the sender's order id) is unique forever, which makes
 * every ingest path idempotent. `guestId` is null for anonymous orders. Amounts in fen:
 * `paidFen = grossFen − discountFen`; refunds are events that raise `refundedFen`.
 * `localDate`, `localHour` and `localDow` (0 = Monday) are in the store's timezone.
 */
export const orders = pgTable(
  'orders',
  {
    id: text().primaryKey(),
    brandId: text()
      .notNull()
      .references(() => brands.id),
    storeId: text()
      .notNull()
      .references(() => stores.id),
    guestId: text().references(() => guests.id),
    channel: text().notNull(),
    source: text().notNull(),
    externalId: text().notNull(),
    platformOrderId: text(),
    placedAt: timestamp({ withTimezone: true }).notNull(),
    localDate: text().notNull(),
    localHour: smallint().notNull(),
    localDow: smallint().notNull(),
    grossFen: bigint({ mode: 'number' }).notNull(),
    discountFen: bigint({ mode: 'number' }).notNull().default(0),
    paidFen: bigint({ mode: 'number' }).notNull(),
    refundedFen: bigint({ mode: 'number' }).notNull().default(0),
    paymentMethod: text(),
    status: text().notNull().default('completed'),
    itemCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('orders_source_external_uq').on(t.brandId, t.source, t.externalId),
    index('orders_guest_idx').on(t.guestId, t.placedAt),
    index('orders_store_idx').on(t.storeId, t.placedAt),
    index('orders_brand_placed_idx').on(t.brandId, t.placedAt),
  ],
);

/** The lines of an order; `itemId` is null when the sender's item is not on our menu. */
export const orderLines = pgTable(
  'order_lines',
  {
    orderId: text()
      .notNull()
      .references(() => orders.id),
    lineNo: smallint().notNull(),
    itemId: text(),
    sku: text(),
    name: text().notNull(),
    category: text(),
    size: text(),
    quantity: integer().notNull(),
    unitPriceFen: bigint({ mode: 'number' }).notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.lineNo] })],
);

/** Refunds and cancellations, each its own event; `externalId` makes a retried event a no-op. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: text().primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id),
    kind: text().notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    reason: text(),
    externalId: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('order_events_external_uq').on(t.orderId, t.externalId)],
);

/** How often a guest bought an item (by name): kept current by ingest for "favourite items". */
export const guestItemStats = pgTable(
  'guest_item_stats',
  {
    guestId: text()
      .notNull()
      .references(() => guests.id),
    itemName: text().notNull(),
    quantity: integer().notNull(),
    lastAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.guestId, t.itemName] })],
);

/**
 * HTTP idempotency keys per caller: the first request's body hash and answer. A retry with the
 * same key gets the stored answer; another body is refused; a key still `pending` is a
 * concurrent duplicate.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    callerId: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    status: text().notNull(),
    responseStatus: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.callerId, t.key] })],
);
