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
import { stores } from '../org/org.tables';

/** Staff accounts. `email` is the login, stored lower-case. */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: text().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    status: text().notNull().default('active'),
    passwordHash: text(),
    mustChangePassword: boolean().notNull().default(true),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_users_email_uq').on(t.email)],
);

/** The stores a staff member is limited to; no rows means every store. */
export const staffStores = pgTable(
  'staff_stores',
  {
    staffId: text()
      .notNull()
      .references(() => staffUsers.id),
    storeId: text()
      .notNull()
      .references(() => stores.id),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.storeId] }), index('staff_stores_store_idx').on(t.storeId)],
);

/** Console sessions. Only the SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    tokenHash: text().notNull(),
    staffId: text()
      .notNull()
      .references(() => staffUsers.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('sessions_token_uq').on(t.tokenHash), index('sessions_staff_idx').on(t.staffId)],
);

/** Integration keys: hashed secret, allowed actions and stores, revocable. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    prefix: text().notNull(),
    secretHash: text().notNull(),
    actions: text().array().notNull(),
    storeIds: text().array(),
    createdBy: text().references(() => staffUsers.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_prefix_uq').on(t.prefix)],
);
