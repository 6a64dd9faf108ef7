/** Data-subject rights (export, erasure) and the data-quality report. */
import { z } from 'zod';
import { guestSummarySchema, mergeSchema } from './guests';

/** Why a guest was erased; a code, never free text, so the audit log holds no personal words. */
export const ERASURE_REASONS = [
  'guest_request',
  'consent_withdrawn',
  'no_longer_needed',
  'unlawful_processing',
  'retention',
] as const;
/** One erasure reason. */
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** Erase a guest (SEC-6): `confirm` must be true; orders stay, anonymous. */
export const eraseGuestInputSchema = z.strictObject({
  confirm: z.literal(true),
  reason: z.enum(ERASURE_REASONS),
});

/** What an erasure did: the guest and any guests merged into it, all erased. */
export const erasureResultSchema = z.object({
  guestId: z.string(),
  erasedGuestIds: z.array(z.string()),
  erasedAt: z.string(),
});
/** Parsed form of `erasureResultSchema`. */
export type ErasureResult = z.infer<typeof erasureResultSchema>;

const exportProfileSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  status: z.string(),
  mergedInto: z.string().nullable(),
  name: z.string().nullable(),
  birthday: z.string().nullable(),
  gender: z.string().nullable(),
  language: z.string().nullable(),
  addresses: z.array(z.string()),
  tastes: z.array(z.string()),
  allergies: z.array(z.string()),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  fieldSources: z.record(z.string(), z.object({ channel: z.string(), at: z.string() })),
  sourceChannel: z.string(),
  homeStoreId: z.string().nullable(),
  visits: z.number().int(),
  spendFen: z.number().int(),
  firstVisitAt: z.string().nullable(),
  lastVisitAt: z.string().nullable(),
  lastVerifiedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  erasedAt: z.string().nullable(),
});

/**
 * Everything held about one guest (SEC-6 access request), in clear: profile, identities, the
 * consent ledger, orders with lines and events, favourite-item counts, merges and the audit
 * entries that name the guest. Guests merged into this one are included.
 */
export const guestDataExportSchema = z.object({
  exportedAt: z.string(),
  purpose: z.literal('data_subject_request'),
  guest: exportProfileSchema,
  mergedGuests: z.array(exportProfileSchema),
  identities: z.array(
    z.object({
      id: z.string(),
      guestId: z.string(),
      kind: z.string(),
      namespace: z.string(),
      value: z.string(),
      source: z.string(),
      collectedAt: z.string(),
      verifiedAt: z.string().nullable(),
    }),
  ),
  consents: z.array(
    z.object({
      id: z.string(),
      guestId: z.string(),
      purpose: z.string(),
      channel: z.string(),
      granted: z.boolean(),
      at: z.string(),
      source: z.string(),
      wordingVersion: z.string(),
    }),
  ),
  orders: z.array(
    z.object({
      id: z.string(),
      guestId: z.string().nullable(),
      storeId: z.string(),
      channel: z.string(),
      source: z.string(),
      externalId: z.string(),
      placedAt: z.string(),
      grossFen: z.number().int(),
      discountFen: z.number().int(),
      paidFen: z.number().int(),
      refundedFen: z.number().int(),
      paymentMethod: z.string().nullable(),
      status: z.string(),
      lines: z.array(
        z.object({
          lineNo: z.number().int(),
          name: z.string(),
          sku: z.string().nullable(),
          quantity: z.number().int(),
          unitPriceFen: z.number().int(),
          amountFen: z.number().int(),
        }),
      ),
      events: z.array(
        z.object({
          kind: z.string(),
          amountFen: z.number().int(),
          reason: z.string().nullable(),
          at: z.string(),
        }),
      ),
    }),
  ),
  itemStats: z.array(z.object({ itemName: z.string(), quantity: z.number().int(), lastAt: z.string() })),
  merges: z.array(mergeSchema),
  audit: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      actorKind: z.string(),
      actorId: z.string().nullable(),
      action: z.string(),
      purpose: z.string().nullable(),
      details: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});
/** Parsed form of `guestDataExportSchema`. */
export type GuestDataExport = z.infer<typeof guestDataExportSchema>;

/** One finding of the data-quality report: how many guests, and up to 50 of them (masked). */
export const dataQualitySectionSchema = z.object({
  count: z.number().int(),
  sample: z.array(guestSummarySchema),
});

/**
 * The data-quality report (CUS-4): suspected duplicates (open review queue plus same name and
 * birth month pairs not yet queued), contacts that fail today's validation, stale profiles
 * (no visit and not verified for 12 months) and guests without any identity.
 */
export const dataQualityReportSchema = z.object({
  generatedAt: z.string(),
  duplicates: dataQualitySectionSchema.extend({
    openCandidates: z.number().int(),
    unqueuedPairs: z.number().int(),
  }),
  invalidContacts: dataQualitySectionSchema.extend({ identities: z.number().int() }),
  stale: dataQualitySectionSchema,
  withoutIdentity: dataQualitySectionSchema,
});
/** Parsed form of `dataQualityReportSchema`. */
export type DataQualityReport = z.infer<typeof dataQualityReportSchema>;

/** The one-click fixes that are safe to run without review. */
export const DATA_QUALITY_FIXES = ['queue_duplicates', 'remove_invalid_contacts'] as const;

/** Run one data-quality fix. */
export const dataQualityFixInputSchema = z.strictObject({ kind: z.enum(DATA_QUALITY_FIXES) });
/** Parsed form of `dataQualityFixInputSchema`. */
export type DataQualityFixInput = z.infer<typeof dataQualityFixInputSchema>;

/** What a fix did: pairs queued for review, or invalid identities removed. */
export const dataQualityFixResultSchema = z.object({
  kind: z.enum(DATA_QUALITY_FIXES),
  affected: z.number().int(),
});
/** Parsed form of `dataQualityFixResultSchema`. */
export type DataQualityFixResult = z.infer<typeof dataQualityFixResultSchema>;
