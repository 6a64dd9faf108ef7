import { z } from 'zod';
import { pageQuerySchema } from './common';

/** Kinds of identity by which a guest is recognised. One identity belongs to one guest. */
export const IDENTITY_KINDS = [
  'phone',
  'email',
  'wechat_openid',
  'wechat_unionid',
  'app_member',
  'platform_user',
  'card',
] as const;
/** One identity kind. */
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/** Channels through which guests and orders arrive. */
export const CHANNELS = [
  'dine_in',
  'takeaway',
  'delivery',
  'app',
  'mini_program',
  'pos',
  'web',
  'import',
] as const;
/** One channel. */
export type Channel = (typeof CHANNELS)[number];

/** Purposes a guest may consent to (SEC-4). */
export const CONSENT_PURPOSES = ['service', 'marketing', 'profiling'] as const;
/** Contact channels consent is given per. */
export const CONSENT_CHANNELS = ['sms', 'email', 'wechat', 'push'] as const;

/** Why personal data is being revealed or exported; recorded in the audit log. */
export const PURPOSES = [
  'service',
  'order_follow_up',
  'complaint',
  'marketing',
  'data_subject_request',
] as const;

/** Wire shape of an identity to match or attach: `namespace` names the platform for platform ids. */
export const identityInputSchema = z.strictObject({
  kind: z.enum(IDENTITY_KINDS),
  value: z.string().trim().min(1).max(200),
  namespace: z.string().trim().max(40).optional(),
});
/** Parsed form of `identityInputSchema`. */
export type IdentityInput = z.infer<typeof identityInputSchema>;

const birthdaySchema = z
  .string()
  .regex(/^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'use YYYY-MM-DD, or --MM-DD without the year');

/** Profile fields a guest, staff member or channel may set. */
export const guestProfileInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  birthday: birthdaySchema.optional(),
  gender: z.enum(['female', 'male', 'other']).optional(),
  language: z.string().trim().max(16).optional(),
  addresses: z.array(z.string().trim().min(1).max(200)).max(10).optional(),
  tastes: z.array(z.string().trim().min(1).max(40)).max(30).optional(),
  allergies: z.array(z.string().trim().min(1).max(40)).max(30).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
  notes: z.string().max(2000).optional(),
});
/** Parsed form of `guestProfileInputSchema`. */
export type GuestProfileInput = z.infer<typeof guestProfileInputSchema>;

/** Register or update a guest: matched by any identity, created only when none matches. */
export const upsertGuestInputSchema = z.strictObject({
  identities: z.array(identityInputSchema).min(1).max(20),
  profile: guestProfileInputSchema.default({}),
  channel: z.enum(CHANNELS),
  storeId: z.string().optional(),
});
/** Parsed form of `upsertGuestInputSchema`. */
export type UpsertGuestInput = z.infer<typeof upsertGuestInputSchema>;

/** Wire shape of an identity as shown: masked unless revealed. */
export const identitySchema = z.object({
  id: z.string(),
  kind: z.enum(IDENTITY_KINDS),
  namespace: z.string(),
  value: z.string().describe('masked for roles without guests.reveal'),
  source: z.string(),
  collectedAt: z.string(),
});
/** Parsed form of `identitySchema`. */
export type Identity = z.infer<typeof identitySchema>;

/** A row of the guests list: contact masked. */
export const guestSummarySchema = z.object({
  id: z.string(),
  name: z.string().nullable().describe('masked for roles without guests.reveal'),
  phone: z.string().nullable(),
  tags: z.array(z.string()),
  visits: z.number().int(),
  spendFen: z.number().int(),
  lastVisitAt: z.string().nullable(),
  homeStoreId: z.string().nullable(),
  status: z.enum(['active', 'merged', 'erased']),
});
/** Parsed form of `guestSummarySchema`. */
export type GuestSummary = z.infer<typeof guestSummarySchema>;

/** One consent state per purpose and channel. */
export const consentSchema = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  channel: z.enum(CONSENT_CHANNELS),
  granted: z.boolean(),
  at: z.string(),
  source: z.string(),
  wordingVersion: z.string(),
});
/** Parsed form of `consentSchema`. */
export type Consent = z.infer<typeof consentSchema>;

/** The 360° profile (CUS-5) without the order timeline, which pages separately. */
export const guestSchema = guestSummarySchema.extend({
  email: z.string().nullable(),
  birthday: z.string().nullable(),
  gender: z.string().nullable(),
  language: z.string().nullable(),
  addresses: z.array(z.string()),
  tastes: z.array(z.string()),
  allergies: z.array(z.string()),
  notes: z.string().nullable(),
  sourceChannel: z.string(),
  fieldSources: z.record(z.string(), z.object({ channel: z.string(), at: z.string() })),
  identities: z.array(identitySchema),
  consents: z.array(consentSchema),
  firstVisitAt: z.string().nullable(),
  mergedInto: z.string().nullable(),
  masked: z.boolean().describe('true when personal fields are masked for this caller'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** Parsed form of `guestSchema`. */
export type Guest = z.infer<typeof guestSchema>;

/** Search and filters of the guests list. `q` is matched exactly against phone, e-mail, card or name. */
export const listGuestsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  tag: z.string().trim().max(40).optional(),
  storeId: z.string().optional(),
  status: z.enum(['active', 'merged', 'erased']).optional(),
  lastVisitBefore: z.string().optional(),
  lastVisitAfter: z.string().optional(),
});
/** Parsed form of `listGuestsQuerySchema`. */
export type ListGuestsQuery = z.infer<typeof listGuestsQuerySchema>;

/** Reveal one personal field, for a stated purpose (logged). */
export const revealInputSchema = z.strictObject({
  field: z.enum(['name', 'phone', 'email', 'birthday', 'addresses', 'identities']),
  purpose: z.enum(PURPOSES),
});
/** Parsed form of `revealInputSchema`. */
export type RevealInput = z.infer<typeof revealInputSchema>;

/** Grant or withdraw consent for one purpose on one or more channels. */
export const consentInputSchema = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  channels: z.array(z.enum(CONSENT_CHANNELS)).min(1),
  granted: z.boolean(),
  source: z.string().trim().min(1).max(40),
  wordingVersion: z.string().trim().min(1).max(40),
});
/** Parsed form of `consentInputSchema`. */
export type ConsentInput = z.infer<typeof consentInputSchema>;

/** Merge `mergedId` into the guest of the route. */
export const mergeInputSchema = z.strictObject({
  mergedId: z.string().min(1),
  candidateId: z.string().optional(),
});

/** One recorded merge. */
export const mergeSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  mergedId: z.string(),
  reason: z.string(),
  moved: z.object({ identities: z.number().int(), orders: z.number().int(), consents: z.number().int() }),
  at: z.string(),
  undoneAt: z.string().nullable(),
});
/** Parsed form of `mergeSchema`. */
export type Merge = z.infer<typeof mergeSchema>;

/** An entry of the merge review queue. */
export const mergeCandidateSchema = z.object({
  id: z.string(),
  guestA: guestSummarySchema,
  guestB: guestSummarySchema,
  reason: z.string(),
  createdAt: z.string(),
});
/** Parsed form of `mergeCandidateSchema`. */
export type MergeCandidate = z.infer<typeof mergeCandidateSchema>;

/** A revealed field and its value in clear. */
export const revealResultSchema = z.object({
  field: z.enum(['name', 'phone', 'email', 'birthday', 'addresses', 'identities']),
  value: z.unknown(),
});

/** The current consent state of a guest, one entry per purpose and channel given so far. */
export const consentListSchema = z.object({ items: z.array(consentSchema) });

/** Withdraw every purpose on every channel at once (the guest's "stop everything"). */
export const withdrawAllConsentInputSchema = z.strictObject({
  source: z.string().trim().min(1).max(40),
  wordingVersion: z.string().trim().min(1).max(40).optional(),
});
/** Parsed form of `withdrawAllConsentInputSchema`. */
export type WithdrawAllConsentInput = z.infer<typeof withdrawAllConsentInputSchema>;

/** The recorded merges of a guest, newest first. */
export const mergeListSchema = z.object({ items: z.array(mergeSchema) });

/** Filters of the merge review queue. */
export const listMergeCandidatesQuerySchema = pageQuerySchema;
/** Parsed form of `listMergeCandidatesQuerySchema`. */
export type ListMergeCandidatesQuery = z.infer<typeof listMergeCandidatesQuerySchema>;
