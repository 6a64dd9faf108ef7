import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { CreateIntegrationInput, Integration, OrderInput, IngestedOrder } from '@regulars/contracts';
import type { Actor, Ctx } from '../../context';
import { decryptField, encryptField } from '../../crypto/field-crypto';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { findStoreBrand, resolveBrandId } from '../org';
import { brands } from '../org/org.tables';
import { authorize } from '../staff/authorize';
import { ingestOrder } from './ingest-order';
import { integrations } from './integrations.tables';

/** Associated data binding a sealed secret to its column. */
const SECRET_CONTEXT = 'integrations.secret';

type IntegrationRow = typeof integrations.$inferSelect;

const toIntegration = (row: IntegrationRow): Integration => ({
  id: row.id,
  brandId: row.brandId,
  source: row.source,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/**
 * Registers a platform that pushes orders by signed webhook to `/api/webhooks/<source>`. The
 * signing secret is returned this once and stored sealed. One integration per brand and source.
 */
export async function createIntegration(
  ctx: Ctx,
  input: CreateIntegrationInput,
): Promise<{ integration: Integration; secret: string }> {
  authorize(ctx, 'api_keys.manage');
  const brandId = input.brandId ?? (await resolveBrandId(ctx));
  const [brand] = await ctx.db.select({ id: brands.id }).from(brands).where(eq(brands.id, brandId));
  if (!brand) throw new AppError('not_found', `No brand ${brandId}`, { field: 'brandId' });
  const secret = `rws_${randomBytes(32).toString('base64url')}`;
  const [row] = await ctx.db
    .insert(integrations)
    .values({
      id: newId('int', ctx.clock.now().getTime()),
      brandId,
      source: input.source,
      name: input.name,
      secretEnc: encryptField(ctx.keyring, secret, SECRET_CONTEXT),
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('conflict', `There is already an integration for source ${input.source}`);
  await recordAudit(ctx, { action: 'integration.create', entityType: 'integration', entityIds: [row.id] });
  return { integration: toIntegration(row), secret };
}

/** Every integration, oldest first; secrets are never returned again. */
export async function listIntegrations(ctx: Ctx): Promise<Integration[]> {
  authorize(ctx, 'api_keys.manage');
  const rows = await ctx.db.select().from(integrations).orderBy(asc(integrations.createdAt));
  return rows.map(toIntegration);
}

/** A live integration with its signing secret in clear, for verifying a webhook. */
export type IntegrationSecret = { id: string; brandId: string; source: string; secret: string };

/**
 * The live (not revoked) integrations of a source with their secrets, for signature checks by the
 * webhook endpoint before any caller is known. Never expose the result.
 */
export async function findIntegrationSecrets(ctx: Ctx, source: string): Promise<IntegrationSecret[]> {
  const rows = await ctx.db
    .select()
    .from(integrations)
    .where(and(eq(integrations.source, source), isNull(integrations.revokedAt)));
  return rows.map((row) => ({
    id: row.id,
    brandId: row.brandId,
    source: row.source,
    secret: decryptField(ctx.keyring, row.secretEnc, SECRET_CONTEXT),
  }));
}

/** The actor of a verified webhook: the integration, allowed to write orders and nothing else. */
export function integrationActor(integration: Pick<IntegrationSecret, 'id'>): Actor {
  return { kind: 'api_key', id: integration.id, actions: ['orders.write'], storeIds: null };
}

/**
 * Ingests an order pushed by a verified integration: the order's store must belong to the
 * integration's brand (`forbidden` otherwise) and its `source` must be the integration's.
 */
export async function receiveWebhookOrder(
  ctx: Ctx,
  integration: Pick<IntegrationSecret, 'brandId' | 'source'>,
  input: OrderInput,
): Promise<IngestedOrder> {
  authorize(ctx, 'orders.write', { storeId: input.storeId });
  if (input.source !== integration.source) {
    throw new AppError('validation_failed', 'The order’s source must be the webhook’s source', [
      { path: 'body.source', message: `expected ${integration.source}` },
    ]);
  }
  const store = await findStoreBrand(ctx, input.storeId);
  if (store.brandId !== integration.brandId) {
    throw new AppError('forbidden', 'This store is not of the integration’s brand', {
      storeId: input.storeId,
    });
  }
  return ingestOrder(ctx, input);
}
