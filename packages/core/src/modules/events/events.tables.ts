import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Transactional outbox: domain events written in the same transaction as the change they
 * describe (`order.placed`, `order.refunded`, `guest.merged` …). Consumers (points, journeys)
 * read in `seq` order and remember the last `seq` they handled.
 */
export const outbox = pgTable(
  'outbox',
  {
    seq: bigserial({ mode: 'number' }).primaryKey(),
    topic: text().notNull(),
    entityId: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('outbox_topic_idx').on(t.topic, t.seq)],
);

/** How far each consumer has read the outbox. */
export const outboxCursors = pgTable('outbox_cursors', {
  consumer: text().primaryKey(),
  lastSeq: bigint({ mode: 'number' }).notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
