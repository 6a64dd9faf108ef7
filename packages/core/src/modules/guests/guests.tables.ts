import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { brands } from '../org/org.tables';

/** Where and when a profile field was collected (CUS-1). */
export type FieldSource = { channel: string; at: string };

/**
 * One guest of a brand. Personal fields (`*Enc`) are AES-256-GCM sealed by `field-crypto`;
 * `nameIndex` is a blind index for exact search by name. `status` is active, merged (see
 * `mergedInto`) or erased. Visits, spend and visit dates are kept current by order ingest.
 */
export const guests = pgTable(
  'guests',
  {
    id: text().primaryKey(),
    brandId: text()
      .notNull()
      .references(() => brands.id),
    status: text().notNull().default('active'),
    mergedInto: text(),
    nameEnc: text(),
    nameIndex: text(),
    birthdayEnc: text(),
    /** Birth month (1–12) kept in clear so birthday offers need no decryption; coarse, not identifying. */
    birthMonth: smallint(),
    gender: text(),
    language: text(),
    addressesEnc: text(),
    tastes: text().array().notNull().default([]),
    allergies: text().array().notNull().default([]),
    tags: text().array().notNull().default([]),
    notes: text(),
    fieldSources: jsonb().$type<Record<string, FieldSource>>().notNull().default({}),
    sourceChannel: text().notNull(),
    /** The store that first served or registered the guest; store-scoped staff list these guests. */
    homeStoreId: text(),
    visits: integer().notNull().default(0),
    spendFen: bigint({ mode: 'number' }).notNull().default(0),
    firstVisitAt: timestamp({ withTimezone: true }),
    lastVisitAt: timestamp({ withTimezone: true }),
    lastVerifiedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    erasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('guests_brand_idx').on(t.brandId, t.id),
    index('guests_name_idx').on(t.brandId, t.nameIndex),
    index('guests_tags_idx').using('gin', t.tags),
    index('guests_last_visit_idx').on(t.brandId, t.lastVisitAt),
    index('guests_merged_into_idx').on(t.mergedInto),
    index('guests_home_store_idx').on(t.homeStoreId),
  ],
);

/**
 * A way to recognise a guest: phone (E.164), e-mail, WeChat openid/unionid, app member id,
 * delivery-platform user id (`namespace` = platform) or membership card. `valueIndex` is the
 * blind index of the normalised value, unique per brand, kind and namespace: one identity
 * belongs to one guest. `valueEnc` holds the sealed value, `masked` its display form.
 */
export const guestIdentities = pgTable(
  'guest_identities',
  {
    id: text().primaryKey(),
    brandId: text().notNull(),
    guestId: text()
      .notNull()
      .references(() => guests.id),
    kind: text().notNull(),
    namespace: text().notNull().default(''),
    valueIndex: text().notNull(),
    valueEnc: text().notNull(),
    masked: text().notNull(),
    source: text().notNull(),
    collectedAt: timestamp({ withTimezone: true }).notNull(),
    verifiedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('guest_identities_value_uq').on(t.brandId, t.kind, t.namespace, t.valueIndex),
    index('guest_identities_guest_idx').on(t.guestId),
    index('guest_identities_value_idx').on(t.valueIndex),
  ],
);

/**
 * Consent ledger (append-only): each row grants or withdraws one purpose on one channel, with
 * its source and the version of the wording the guest saw. The latest row per purpose and
 * channel is the current state.
 */
export const guestConsents = pgTable(
  'guest_consents',
  {
    id: text().primaryKey(),
    guestId: text()
      .notNull()
      .references(() => guests.id),
    purpose: text().notNull(),
    channel: text().notNull(),
    granted: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    source: text().notNull(),
    wordingVersion: text().notNull(),
  },
  (t) => [index('guest_consents_guest_idx').on(t.guestId, t.purpose, t.channel, t.at)],
);

/**
 * One merge of `mergedId` into `survivorId`: what moved (identities, orders, consents) and which
 * empty survivor fields were filled, so an un-merge can put everything back.
 */
export const guestMerges = pgTable(
  'guest_merges',
  {
    id: text().primaryKey(),
    brandId: text().notNull(),
    survivorId: text()
      .notNull()
      .references(() => guests.id),
    mergedId: text()
      .notNull()
      .references(() => guests.id),
    reason: text().notNull(),
    moved: jsonb().$type<{ identityIds: string[]; orderIds: string[]; consentIds: string[] }>().notNull(),
    filledFields: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    actorId: text(),
    at: timestamp({ withTimezone: true }).notNull(),
    undoneAt: timestamp({ withTimezone: true }),
    undoneBy: text(),
  },
  (t) => [
    index('guest_merges_survivor_idx').on(t.survivorId),
    index('guest_merges_merged_idx').on(t.mergedId),
  ],
);

/**
 * Pairs of guests that look like one person but were not merged automatically (an order or
 * import matched both): the merge review queue. `status` open, merged or dismissed.
 */
export const mergeCandidates = pgTable(
  'merge_candidates',
  {
    id: text().primaryKey(),
    brandId: text().notNull(),
    guestA: text()
      .notNull()
      .references(() => guests.id),
    guestB: text()
      .notNull()
      .references(() => guests.id),
    reason: text().notNull(),
    status: text().notNull().default('open'),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: text(),
  },
  (t) => [
    uniqueIndex('merge_candidates_pair_uq').on(t.guestA, t.guestB),
    index('merge_candidates_open_idx').on(t.brandId, t.status),
  ],
);
