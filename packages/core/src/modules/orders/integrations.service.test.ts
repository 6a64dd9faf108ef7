import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { withActor } from '../../context';
import { isAppError } from '../../errors';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from './idempotency.service';
import {
  createIntegration,
  findIntegrationSecrets,
  integrationActor,
  listIntegrations,
  receiveWebhookOrder,
} from './integrations.service';

describe.each(testBackends())('integrations and idempotency keys on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 1));
  });
  afterAll(() => t.close());

  it('shows an integration’s secret once and stores it sealed', async () => {
    const { integration, secret } = await createIntegration(t.ctx, { source: 'eleme', name: 'Ele.me' });
    expect(secret).toMatch(/^rws_/);
    expect(JSON.stringify(await listIntegrations(t.ctx))).not.toContain(secret);
    const dump = await t.ctx.db.execute(sql`select * from integrations`);
    expect(JSON.stringify(dump)).not.toContain(secret);
    expect(await findIntegrationSecrets(t.ctx, 'eleme')).toEqual([
      { id: integration.id, brandId: integration.brandId, source: 'eleme', secret },
    ]);
    await expect(createIntegration(t.ctx, { source: 'eleme', name: 'again' })).rejects.toSatisfy((e) =>
      isAppError(e, 'conflict'),
    );
  });

  it('lets only managers of API keys create integrations', async () => {
    const manager = t.as((await staffActor(t.ctx, 'store_manager', storeIds)).actor);
    await expect(createIntegration(manager, { source: 'meituan', name: 'Meituan' })).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
  });

  it('accepts a webhook order only for a store of the integration’s brand and with its source', async () => {
    const { integration } = await createIntegration(t.ctx, { source: 'app', name: 'App' });
    const ctx = withActor(t.ctx, integrationActor(integration));
    const input = {
      storeId: storeIds[0]!,
      channel: 'app' as const,
      source: 'app',
      externalId: 'W-1',
      placedAt: '2026-03-01T10:00:00Z',
      lines: [{ name: 'Latte', quantity: 1, unitPriceFen: 2800 }],
      discountFen: 0,
    };
    expect((await receiveWebhookOrder(ctx, integration, input)).duplicate).toBe(false);
    await expect(receiveWebhookOrder(ctx, integration, { ...input, source: 'pos' })).rejects.toSatisfy((e) =>
      isAppError(e, 'validation_failed'),
    );
    const { storeIds: otherBrand } = await seedOrg(t.ctx, 1);
    await expect(
      receiveWebhookOrder(ctx, integration, { ...input, storeId: otherBrand[0]!, externalId: 'W-2' }),
    ).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
  });

  it('replays a completed request, refuses another body and a request still running', async () => {
    const request = { callerId: 'stf_1', key: 'k-1', requestHash: 'hash-a' };
    expect(await claimIdempotencyKey(t.ctx, request)).toBeNull();
    await expect(claimIdempotencyKey(t.ctx, request)).rejects.toSatisfy((e) =>
      isAppError(e, 'request_in_progress'),
    );
    await completeIdempotencyKey(t.ctx, request, { status: 201, body: { id: 'ord_1' } });
    expect(await claimIdempotencyKey(t.ctx, request)).toEqual({ status: 201, body: { id: 'ord_1' } });
    await expect(claimIdempotencyKey(t.ctx, { ...request, requestHash: 'hash-b' })).rejects.toSatisfy((e) =>
      isAppError(e, 'idempotency_key_reused'),
    );
    expect(await claimIdempotencyKey(t.ctx, { ...request, callerId: 'stf_2' })).toBeNull();
  });

  it('frees a key whose request failed or was abandoned', async () => {
    const request = { callerId: 'stf_1', key: 'k-2', requestHash: 'hash-a' };
    expect(await claimIdempotencyKey(t.ctx, request)).toBeNull();
    await releaseIdempotencyKey(t.ctx, request);
    expect(await claimIdempotencyKey(t.ctx, request)).toBeNull();
    t.clock.advance(61_000);
    expect(await claimIdempotencyKey(t.ctx, request)).toBeNull();
  });
});
