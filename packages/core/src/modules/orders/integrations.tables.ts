import { pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { brands } from '../org/org.tables';

/**
 * A platform that pushes orders by webhook (a delivery platform, an app backend). `source` names
 * it in order ids; `secretEnc` is its sealed HMAC signing secret.
 */
export const integrations = pgTable(
  'integrations',
  {
    id: text().primaryKey(),
    brandId: text()
      .notNull()
      .references(() => brands.id),
    source: text().notNull(),
    name: text().notNull(),
    secretEnc: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('integrations_source_uq').on(t.brandId, t.source)],
);
