import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { generateOneTimePassword, hashPassword } from './passwords';
import { staffUsers } from './staff.tables';

/**
 * Makes sure the installation has an owner. On the first start it creates one with a
 * generated one-time password, returned once for printing; later starts return undefined.
 */
export async function ensureOwner(ctx: Ctx): Promise<{ email: string; oneTimePassword: string } | undefined> {
  const [existing] = await ctx.db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.role, 'owner'))
    .limit(1);
  if (existing) return undefined;
  const oneTimePassword = generateOneTimePassword();
  const now = ctx.clock.now();
  const id = newId('stf', now.getTime());
  await ctx.db.insert(staffUsers).values({
    id,
    email: ctx.config.ownerEmail,
    name: 'Owner',
    role: 'owner',
    passwordHash: await hashPassword(oneTimePassword, ctx.config.passwordCost),
    mustChangePassword: true,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(ctx, {
    action: 'staff.create',
    entityType: 'staff',
    entityIds: [id],
    details: { role: 'owner' },
  });
  return { email: ctx.config.ownerEmail, oneTimePassword };
}
