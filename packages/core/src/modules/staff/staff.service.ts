import { eq, inArray } from 'drizzle-orm';
import type { CreateStaffInput, ListStaffQuery, Staff, UpdateStaffInput } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { stores } from '../org/org.tables';
import { authorize, storeScope } from './authorize';
import { generateOneTimePassword, hashPassword } from './passwords';
import { forgetCachedSessions, revokeStaffSessions } from './sessions.service';
import {
  findStaffRow,
  findStaffRowByEmail,
  loadStoreIds,
  queryStaff,
  replaceStoreIds,
  toStaff,
} from './staff.repo';
import { checkAssignment } from './staff.rules';
import { staffUsers } from './staff.tables';

/** Lists staff the actor may see: store-limited actors see the staff of their stores only. */
export async function listStaff(
  ctx: Ctx,
  query: ListStaffQuery,
): Promise<{ items: Staff[]; nextCursor: string | null }> {
  authorize(ctx, 'staff.read', { storeId: query.storeId });
  const rows = await queryStaff(ctx.db, { ...query, scope: storeScope(ctx.actor), limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const storeIds = await loadStoreIds(
    ctx.db,
    page.map((r) => r.id),
  );
  await recordAudit(ctx, {
    action: 'staff.list',
    entityType: 'staff',
    entityIds: page.map((r) => r.id),
    storeId: query.storeId ?? null,
  });
  return {
    items: page.map((row) => toStaff(row, storeIds.get(row.id) ?? null)),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** One staff member the actor may see. */
export async function getStaff(ctx: Ctx, staffId: string): Promise<Staff> {
  authorize(ctx, 'staff.read');
  const row = await findStaffRow(ctx.db, staffId);
  if (!row) throw new AppError('not_found', `No staff member ${staffId}`);
  const storeIds = (await loadStoreIds(ctx.db, [staffId])).get(staffId) ?? null;
  assertVisible(ctx, storeIds);
  return toStaff(row, storeIds);
}

/**
 * Creates a staff account with a one-time password that must be changed at first sign-in.
 * The password is returned once and never stored in clear.
 */
export async function createStaff(
  ctx: Ctx,
  input: CreateStaffInput,
): Promise<{ staff: Staff; oneTimePassword: string }> {
  authorize(ctx, 'staff.manage');
  input = { ...input, email: input.email.trim().toLowerCase(), name: input.name.trim() };
  const storeIds = await checkedAssignment(ctx, { role: input.role, storeIds: input.storeIds });
  if (await findStaffRowByEmail(ctx.db, input.email)) {
    throw new AppError('email_taken', `${input.email} already has an account`, { field: 'email' });
  }
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword, ctx.config.passwordCost);
  const now = ctx.clock.now();
  const id = newId('stf', now.getTime());
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(staffUsers)
      .values({
        id,
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await replaceStoreIds(tx, id, storeIds);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: 'staff.create',
        entityType: 'staff',
        entityIds: [id],
        details: { role: input.role, storeIds },
      },
    );
    return created!;
  });
  return { staff: toStaff(row, storeIds), oneTimePassword };
}

/** Changes a staff member's name, role, stores or status. Disabling ends their sessions. */
export async function updateStaff(ctx: Ctx, staffId: string, input: UpdateStaffInput): Promise<Staff> {
  authorize(ctx, 'staff.manage');
  const row = await findStaffRow(ctx.db, staffId);
  if (!row) throw new AppError('not_found', `No staff member ${staffId}`);
  const currentStores = (await loadStoreIds(ctx.db, [staffId])).get(staffId) ?? null;
  assertVisible(ctx, currentStores);
  const role = input.role ?? (row.role as Staff['role']);
  const storeIds = await checkedAssignment(ctx, {
    role,
    storeIds: input.storeIds === undefined ? currentStores : input.storeIds,
    targetCurrentRole: row.role as Staff['role'],
  });
  const demotesOwner = row.role === 'owner' && (role !== 'owner' || input.status === 'disabled');
  if (demotesOwner && (await countActiveOwners(ctx)) <= 1) {
    throw new AppError('last_owner', 'The last active owner cannot be demoted or disabled');
  }
  if (ctx.actor.kind === 'staff' && ctx.actor.id === staffId && input.status === 'disabled') {
    throw new AppError('forbidden', 'You cannot disable your own account');
  }
  const updated = await ctx.db.transaction(async (tx) => {
    const [next] = await tx
      .update(staffUsers)
      .set({ name: input.name, role, status: input.status, updatedAt: ctx.clock.now() })
      .where(eq(staffUsers.id, staffId))
      .returning();
    await replaceStoreIds(tx, staffId, storeIds);
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: input.status === 'disabled' ? 'staff.disable' : 'staff.update',
        entityType: 'staff',
        entityIds: [staffId],
        details: { fields: Object.keys(input), role, storeIds },
      },
    );
    return next!;
  });
  if (input.status === 'disabled' || input.role || input.storeIds !== undefined) {
    await revokeStaffSessions(ctx, staffId);
  } else {
    forgetCachedSessions(ctx, staffId);
  }
  return toStaff(updated, storeIds);
}

/** Issues a new one-time password, clears a lock-out and ends the member's sessions. */
export async function resetStaffPassword(
  ctx: Ctx,
  staffId: string,
): Promise<{ staff: Staff; oneTimePassword: string }> {
  authorize(ctx, 'staff.manage');
  const row = await findStaffRow(ctx.db, staffId);
  if (!row) throw new AppError('not_found', `No staff member ${staffId}`);
  const storeIds = (await loadStoreIds(ctx.db, [staffId])).get(staffId) ?? null;
  assertVisible(ctx, storeIds);
  await checkedAssignment(ctx, {
    role: row.role as Staff['role'],
    storeIds,
    targetCurrentRole: row.role as Staff['role'],
  });
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword, ctx.config.passwordCost);
  const [updated] = await ctx.db
    .update(staffUsers)
    .set({
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(staffUsers.id, staffId))
    .returning();
  await revokeStaffSessions(ctx, staffId);
  await recordAudit(ctx, { action: 'staff.reset_password', entityType: 'staff', entityIds: [staffId] });
  return { staff: toStaff(updated!, storeIds), oneTimePassword };
}

/** Finds a staff member by login e-mail (for the CLI). */
export async function findStaffByEmail(ctx: Ctx, email: string): Promise<Staff | undefined> {
  authorize(ctx, 'staff.read');
  const row = await findStaffRowByEmail(ctx.db, email);
  if (!row) return undefined;
  return toStaff(row, (await loadStoreIds(ctx.db, [row.id])).get(row.id) ?? null);
}

async function checkedAssignment(
  ctx: Ctx,
  target: { role: Staff['role']; storeIds: string[] | null; targetCurrentRole?: Staff['role'] },
): Promise<string[] | null> {
  const actor = ctx.actor;
  const check = checkAssignment({
    actorRole: actor.kind === 'staff' ? actor.role : actor.kind === 'system' ? 'system' : 'brand_admin',
    actorStoreIds: storeScope(actor),
    ...target,
  });
  if (!check.ok) {
    const messages = {
      store_scope_required: `The ${target.role} role needs at least one store`,
      cannot_manage_owner: 'Only an owner can manage owner accounts',
      forbidden: 'You can only assign stores you manage',
    };
    throw new AppError(check.reason, messages[check.reason], { field: 'storeIds' });
  }
  if (check.storeIds) {
    const found = await ctx.db
      .select({ id: stores.id })
      .from(stores)
      .where(inArray(stores.id, check.storeIds));
    const missing = check.storeIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length)
      throw new AppError('store_not_found', `Unknown stores: ${missing.join(', ')}`, { missing });
  }
  return check.storeIds;
}

function assertVisible(ctx: Ctx, targetStores: string[] | null): void {
  const scope = storeScope(ctx.actor);
  if (scope === null) return;
  if (!targetStores || !targetStores.some((id) => scope.includes(id))) {
    throw new AppError('not_found', 'No such staff member in your stores');
  }
}

async function countActiveOwners(ctx: Ctx): Promise<number> {
  const rows = await ctx.db
    .select({ id: staffUsers.id, status: staffUsers.status })
    .from(staffUsers)
    .where(eq(staffUsers.role, 'owner'));
  return rows.filter((r) => r.status === 'active').length;
}

/** The signed-in staff member's own account (no permission needed to see oneself). */
export async function getOwnAccount(ctx: Ctx): Promise<Staff> {
  if (ctx.actor.kind !== 'staff') throw new AppError('forbidden', 'Only staff members have an account');
  const row = await findStaffRow(ctx.db, ctx.actor.id);
  if (!row) throw new AppError('unauthenticated', 'Please sign in');
  return toStaff(row, (await loadStoreIds(ctx.db, [row.id])).get(row.id) ?? null);
}
