import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A restaurant or café brand. One installation may run several. */
export const brands = pgTable('brands', {
  id: text().primaryKey(),
  name: text().notNull(),
  currency: text().notNull().default('CNY'),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A store of a brand; `line` names the product line (e.g. pizza, coffee). */
export const stores = pgTable(
  'stores',
  {
    id: text().primaryKey(),
    brandId: text()
      .notNull()
      .references(() => brands.id),
    code: text().notNull(),
    name: text().notNull(),
    line: text(),
    city: text().notNull(),
    districtType: text().notNull(),
    timezone: text().notNull(),
    status: text().notNull().default('open'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('stores_brand_code_uq').on(t.brandId, t.code), index('stores_brand_idx').on(t.brandId)],
);
