import type { ErrorCode } from '@regulars/contracts';

/** HTTP status per error code. A code missing here fails to compile. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  not_ready: 503,
  unauthenticated: 401,
  forbidden: 403,
  invalid_credentials: 401,
  account_locked: 423,
  account_disabled: 403,
  password_change_required: 403,
  csrf_failed: 403,
  weak_password: 422,
  email_taken: 409,
  store_scope_required: 422,
  store_not_found: 422,
  cannot_manage_owner: 403,
  last_owner: 409,
  database_not_empty: 409,
};
