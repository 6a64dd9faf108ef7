import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { brands, stores } from '../org/org.tables';

/** A menu item of a brand: one row per sellable size, price in fen. `sku` is the brand's own code. */
export const menuItems = pgTable(
  'menu_items',
  {
    id: text().primaryKey(),
    brandId: text()
      .notNull()
      .references(() => brands.id),
    sku: text().notNull(),
    name: text().notNull(),
    category: text().notNull(),
    size: text(),
    line: text(),
    priceFen: integer().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('menu_items_sku_uq').on(t.brandId, t.sku),
    index('menu_items_category_idx').on(t.brandId, t.category),
  ],
);

/** Per-store exceptions: an item not sold in a store has a row with `available = false`. */
export const menuAvailability = pgTable(
  'menu_availability',
  {
    itemId: text()
      .notNull()
      .references(() => menuItems.id),
    storeId: text()
      .notNull()
      .references(() => stores.id),
    available: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.storeId] })],
);
