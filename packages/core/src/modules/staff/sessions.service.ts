import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { ChangePasswordInput, LoginInput, Role, Staff } from '@regulars/contracts';
import type { Actor, Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { hashPassword, sha256, verifyPassword } from './passwords';
import { sessionCache } from './session-cache';
import { findStaffRow, findStaffRowByEmail, loadStoreIds, toStaff } from './staff.repo';
import { afterFailedLogin, lockRemainingSeconds, sessionIsLive } from './staff.rules';
import { sessions, staffUsers } from './staff.tables';

const LAST_SEEN_RESOLUTION_MS = 60_000;
let dummyHash: Promise<string> | undefined;

/** Who a live session belongs to: the actor for use cases and the member's own account. */
export type SessionIdentity = {
  actor: Extract<Actor, { kind: 'staff' }>;
  mustChangePassword: boolean;
  account: Staff;
  /** The session's CSRF token (see csrfTokenFor), computed once per cache fill. */
  csrfToken: string;
};

/** A signed-in session: the cookie token (shown once), its CSRF token, and the member's account. */
export type SignedIn = {
  token: string;
  sessionId: string;
  expiresAt: Date;
  account: Staff;
  csrfToken: string;
};

/**
 * Checks an e-mail and password. Failures count towards a lock-out; the answer never tells
 * whether the e-mail exists. On success returns a new session token (only its hash is stored).
 */
export async function login(ctx: Ctx, input: LoginInput): Promise<SignedIn> {
  const now = ctx.clock.now();
  const row = await findStaffRowByEmail(ctx.db, input.email);
  if (!row || !row.passwordHash) {
    dummyHash ??= hashPassword('not-a-password', ctx.config.passwordCost);
    await verifyPassword(input.password, await dummyHash);
    throw new AppError('invalid_credentials', 'Wrong e-mail or password');
  }
  const staffCtx = { ...ctx, actor: staffActor(row.id, row.role as Role, null) };
  const remaining = lockRemainingSeconds(row.lockedUntil, now);
  if (remaining > 0) {
    await recordAudit(staffCtx, { action: 'auth.login_locked', entityType: 'staff', entityIds: [row.id] });
    throw new AppError('account_locked', 'Too many failed attempts; try again later', {
      retryAfterSeconds: remaining,
    });
  }
  if (!(await verifyPassword(input.password, row.passwordHash))) {
    const next = afterFailedLogin(row, now, ctx.config.login);
    await ctx.db.update(staffUsers).set(next).where(eq(staffUsers.id, row.id));
    await recordAudit(staffCtx, {
      action: next.lockedUntil && next.lockedUntil > now ? 'auth.locked' : 'auth.login_failed',
      entityType: 'staff',
      entityIds: [row.id],
    });
    throw new AppError('invalid_credentials', 'Wrong e-mail or password');
  }
  if (row.status !== 'active') throw new AppError('account_disabled', 'This account is disabled');
  const token = randomBytes(32).toString('base64url');
  const sessionId = newId('ses', now.getTime());
  const expiresAt = new Date(now.getTime() + ctx.config.session.maxHours * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(staffUsers.id, row.id));
    await tx.insert(sessions).values({
      id: sessionId,
      tokenHash: sha256(token),
      staffId: row.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    await recordAudit(
      { ...staffCtx, db: tx },
      { action: 'auth.login', entityType: 'staff', entityIds: [row.id] },
    );
  });
  const account = toStaff(
    { ...row, failedLogins: 0, lockedUntil: null, lastLoginAt: now },
    (await loadStoreIds(ctx.db, [row.id])).get(row.id) ?? null,
  );
  return { token, sessionId, expiresAt, account, csrfToken: csrfTokenFor(ctx.secret, token) };
}

/**
 * Resolves a session token to its staff actor, or undefined when the token is unknown, revoked,
 * expired, idle too long, or its staff member is disabled. Cheap: cached for a few seconds.
 */
export async function authenticateSession(ctx: Ctx, token: string): Promise<SessionIdentity | undefined> {
  const now = ctx.clock.now();
  const tokenHash = sha256(token);
  const cache = sessionCache(ctx.db);
  const cached = cache.get(tokenHash, now.getTime());
  if (cached && sessionIsLive({ ...cached, revokedAt: null }, now, ctx.config.session.idleMinutes)) {
    return {
      actor: cached.actor,
      mustChangePassword: cached.mustChangePassword,
      account: cached.account,
      csrfToken: cached.csrfToken,
    };
  }
  const [session] = await ctx.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  if (!session || !sessionIsLive(session, now, ctx.config.session.idleMinutes)) return undefined;
  const staff = await findStaffRow(ctx.db, session.staffId);
  if (!staff || staff.status !== 'active') return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
    session.lastSeenAt = now;
  }
  const storeIds = (await loadStoreIds(ctx.db, [staff.id])).get(staff.id) ?? null;
  const result: SessionIdentity = {
    actor: { ...staffActor(staff.id, staff.role as Role, storeIds), sessionId: session.id },
    mustChangePassword: staff.mustChangePassword,
    account: toStaff(staff, storeIds),
    csrfToken: csrfTokenFor(ctx.secret, token),
  };
  cache.set(tokenHash, { ...result, ...session, sessionId: session.id, cachedAt: now.getTime() });
  return result;
}

/** Ends one session (logout). Idempotent. */
export async function logout(ctx: Ctx, token: string): Promise<void> {
  const tokenHash = sha256(token);
  const [session] = await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .returning();
  sessionCache(ctx.db).drop((entry) => entry.sessionId === session?.id);
  if (session) {
    await recordAudit(ctx, { action: 'auth.logout', entityType: 'staff', entityIds: [session.staffId] });
  }
}

/** Ends every session of a staff member, except optionally one. */
export async function revokeStaffSessions(
  ctx: Ctx,
  staffId: string,
  exceptSessionId?: string,
): Promise<void> {
  await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(
      and(
        eq(sessions.staffId, staffId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    );
  forgetCachedSessions(ctx, staffId);
}

/**
 * Drops a member's sessions from this process's cache (kept sessions included) so the next
 * request reads their changed account from the database.
 */
export function forgetCachedSessions(ctx: Ctx, staffId: string): void {
  sessionCache(ctx.db).drop((entry) => entry.staffId === staffId);
}

/** Changes the signed-in member's own password; other sessions of theirs end. */
export async function changeOwnPassword(ctx: Ctx, input: ChangePasswordInput): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'staff') throw new AppError('forbidden', 'Only staff members have passwords');
  const row = await findStaffRow(ctx.db, actor.id);
  if (!row?.passwordHash || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
    throw new AppError('invalid_credentials', 'The current password is wrong', { field: 'currentPassword' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('weak_password', 'The new password must differ from the current one', {
      field: 'newPassword',
    });
  }
  const emailName = row.email.split('@')[0]!.toLowerCase();
  // Only a name long enough to guess counts: "a@…" must not forbid every password with an "a".
  if (emailName.length >= 4 && input.newPassword.toLowerCase().includes(emailName)) {
    throw new AppError('weak_password', 'The new password must not contain your e-mail name', {
      field: 'newPassword',
    });
  }
  const passwordHash = await hashPassword(input.newPassword, ctx.config.passwordCost);
  await ctx.db
    .update(staffUsers)
    .set({ passwordHash, mustChangePassword: false, updatedAt: ctx.clock.now() })
    .where(eq(staffUsers.id, actor.id));
  await revokeStaffSessions(ctx, actor.id, actor.sessionId);
  await recordAudit(ctx, { action: 'auth.change_password', entityType: 'staff', entityIds: [actor.id] });
}

/** The CSRF token of a session: an HMAC of its token, so nothing extra is stored. */
export function csrfTokenFor(secret: Buffer, sessionToken: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

/** Constant-time check of a presented CSRF token against the session's. */
export function csrfTokenMatches(expectedToken: string, presented: string): boolean {
  const expected = Buffer.from(expectedToken);
  const actual = Buffer.from(presented);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function staffActor(id: string, role: Role, storeIds: string[] | null): Extract<Actor, { kind: 'staff' }> {
  return { kind: 'staff', id, role, storeIds };
}
