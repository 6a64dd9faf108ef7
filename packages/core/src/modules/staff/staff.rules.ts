import { STORE_SCOPED_ROLES, type Role } from '@regulars/contracts';

/** The verdict on a role and store assignment, with the normalised store list when allowed. */
export type AssignmentCheck =
  | { ok: true; storeIds: string[] | null }
  | { ok: false; reason: 'store_scope_required' | 'cannot_manage_owner' | 'forbidden' };

/**
 * Decides whether an actor may give a staff member a role and store scope.
 * Only owners manage owners; store-scoped roles need at least one store; an actor limited to
 * some stores may only hand out those stores. An empty list means "every store" for roles
 * that are not store-scoped.
 */
export function checkAssignment(input: {
  actorRole: Role | 'system';
  actorStoreIds: string[] | null;
  targetCurrentRole?: Role;
  role: Role;
  storeIds: string[] | null;
}): AssignmentCheck {
  const actorIsOwner = input.actorRole === 'owner' || input.actorRole === 'system';
  if (!actorIsOwner && (input.role === 'owner' || input.targetCurrentRole === 'owner')) {
    return { ok: false, reason: 'cannot_manage_owner' };
  }
  const storeIds = input.storeIds && input.storeIds.length > 0 ? [...new Set(input.storeIds)].sort() : null;
  if (STORE_SCOPED_ROLES.includes(input.role) && storeIds === null) {
    return { ok: false, reason: 'store_scope_required' };
  }
  if (input.actorStoreIds !== null) {
    const allowed = new Set(input.actorStoreIds);
    if (storeIds === null || storeIds.some((id) => !allowed.has(id)))
      return { ok: false, reason: 'forbidden' };
  }
  return { ok: true, storeIds };
}

/** The lock-out counters of an account. */
export type LoginState = { failedLogins: number; lockedUntil: Date | null };

/**
 * The lock-out rule: after `maxFailures` failed attempts in a row the account is locked for
 * `lockoutMinutes`; a success clears the count.
 */
export function afterFailedLogin(
  state: LoginState,
  now: Date,
  policy: { maxFailures: number; lockoutMinutes: number },
): LoginState {
  const failedLogins = state.failedLogins + 1;
  if (failedLogins >= policy.maxFailures) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) };
  }
  return { failedLogins, lockedUntil: state.lockedUntil };
}

/** Seconds until a lock ends, or 0 when the account is not locked at `now`. */
export function lockRemainingSeconds(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil || lockedUntil <= now) return 0;
  return Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000);
}

/**
 * Whether a session is still valid at `now`: not revoked, before its absolute expiry, and used
 * within the idle limit.
 */
export function sessionIsLive(
  session: { expiresAt: Date; lastSeenAt: Date; revokedAt: Date | null },
  now: Date,
  idleMinutes: number,
): boolean {
  if (session.revokedAt) return false;
  if (session.expiresAt <= now) return false;
  return now.getTime() - session.lastSeenAt.getTime() < idleMinutes * 60_000;
}
