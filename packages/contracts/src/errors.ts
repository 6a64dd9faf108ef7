import { z } from 'zod';

/** Every error code the API and CLI can answer with, grouped by module. */
export const ERROR_CODES = [
  // general
  'validation_failed',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
  'not_ready',
  // auth
  'unauthenticated',
  'forbidden',
  'invalid_credentials',
  'account_locked',
  'account_disabled',
  'password_change_required',
  'csrf_failed',
  'weak_password',
  // staff and organisation
  'email_taken',
  'store_scope_required',
  'store_not_found',
  'cannot_manage_owner',
  'last_owner',
  // guests and orders
  'invalid_contact',
  'guest_not_found',
  'guest_not_active',
  'merge_not_allowed',
  'merge_already_undone',
  'identity_taken',
  'idempotency_key_reused',
  'request_in_progress',
  'duplicate_order',
  'order_not_found',
  'refund_exceeds_paid',
  'order_cancelled',
  'purpose_required',
  'consent_missing',
  'import_failed',
  // demo
  'database_not_empty',
] as const;

/** A machine-readable error code; the console and CLI turn it into a sentence. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One field problem inside a `validation_failed` error. `path` names where: `body.email`,
 * `querystring.limit`, `params.id`.
 */
export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
/** Parsed form of `fieldIssueSchema`. */
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The body of every error answer: `{ error: { code, message, details?, requestId } }`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string(),
  }),
});
/** Parsed form of `errorBodySchema`. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
