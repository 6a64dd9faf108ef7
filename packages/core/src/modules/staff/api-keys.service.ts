import { timingSafeEqual } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { ACTIONS, type ApiKey, type CreateApiKeyInput } from '@regulars/contracts';
import type { Actor, Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { actorMay, authorize, storeScope } from './authorize';
import { randomToken, sha256 } from './passwords';
import { apiKeys } from './staff.tables';

const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LAST_USED_RESOLUTION_MS = 60_000;

type ApiKeyRow = typeof apiKeys.$inferSelect;

const toApiKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  actions: row.actions as ApiKey['actions'],
  storeIds: row.storeIds,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** Every API key, revoked ones included (secrets are never returned again). */
export async function listApiKeys(ctx: Ctx): Promise<ApiKey[]> {
  authorize(ctx, 'api_keys.manage');
  const rows = await ctx.db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt));
  return rows.map(toApiKey);
}

/**
 * Creates a key `rk_<prefix>_<secret>` for an integration, limited to actions and stores the
 * creator holds. The full key is returned once; only its SHA-256 is stored.
 */
export async function createApiKey(
  ctx: Ctx,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKey; secret: string }> {
  authorize(ctx, 'api_keys.manage');
  const beyond = input.actions.filter((action) => !actorMay(ctx.actor, action));
  if (beyond.length) {
    throw new AppError('forbidden', `You cannot grant actions you do not hold: ${beyond.join(', ')}`, {
      field: 'actions',
    });
  }
  const scope = storeScope(ctx.actor);
  const storeIds = input.storeIds?.length ? [...new Set(input.storeIds)].sort() : null;
  if (scope && (!storeIds || storeIds.some((id) => !scope.includes(id)))) {
    throw new AppError('forbidden', 'You can only grant stores you manage', { field: 'storeIds' });
  }
  const prefix = randomToken(10, KEY_ALPHABET);
  const secret = `rk_${prefix}_${randomToken(40, KEY_ALPHABET + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}`;
  const [row] = await ctx.db
    .insert(apiKeys)
    .values({
      id: newId('key'),
      name: input.name,
      prefix,
      secretHash: sha256(secret),
      actions: [...new Set(input.actions)].sort(),
      storeIds,
      createdBy: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
      createdAt: ctx.clock.now(),
    })
    .returning();
  await recordAudit(ctx, {
    action: 'api_key.create',
    entityType: 'api_key',
    entityIds: [row!.id],
    details: { actions: row!.actions, storeIds },
  });
  return { apiKey: toApiKey(row!), secret };
}

/** Revokes a key; requests using it fail from then on. Idempotent. */
export async function revokeApiKey(ctx: Ctx, keyId: string): Promise<ApiKey> {
  authorize(ctx, 'api_keys.manage');
  const [existing] = await ctx.db.select().from(apiKeys).where(eq(apiKeys.id, keyId));
  if (!existing) throw new AppError('not_found', `No API key ${keyId}`);
  if (existing.revokedAt) return toApiKey(existing);
  const [row] = await ctx.db
    .update(apiKeys)
    .set({ revokedAt: ctx.clock.now() })
    .where(eq(apiKeys.id, keyId))
    .returning();
  await recordAudit(ctx, { action: 'api_key.revoke', entityType: 'api_key', entityIds: [keyId] });
  return toApiKey(row!);
}

/** Resolves a presented key to its actor, or undefined when unknown, malformed or revoked. */
export async function authenticateApiKey(ctx: Ctx, presented: string): Promise<Actor | undefined> {
  const match = /^rk_([a-z0-9]{10})_[A-Za-z0-9]{40}$/.exec(presented);
  if (!match) return undefined;
  const [row] = await ctx.db.select().from(apiKeys).where(eq(apiKeys.prefix, match[1]!));
  if (!row || row.revokedAt) return undefined;
  const expected = Buffer.from(row.secretHash);
  const actual = Buffer.from(sha256(presented));
  if (!timingSafeEqual(expected, actual)) return undefined;
  const now = ctx.clock.now();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await ctx.db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  }
  const actions = row.actions.filter((a): a is ApiKey['actions'][number] =>
    (ACTIONS as readonly string[]).includes(a),
  );
  return { kind: 'api_key', id: row.id, actions, storeIds: row.storeIds };
}
