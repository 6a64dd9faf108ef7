import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimIdempotencyKey } from '@regulars/core';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { requestHash } from './idempotency';

describe.each(testBackends())('Idempotency-Key on %s', (backend) => {
  let t: TestApp;
  let cashier: Session;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp(backend);
    cashier = await t.signIn('cashier', [t.storeIds[0]!]);
  });
  afterAll(() => t.close());

  const order = () => ({
    storeId: t.storeIds[0]!,
    channel: 'app',
    source: 'app',
    externalId: `K-${++counter}`,
    placedAt: '2026-03-02T04:30:00Z',
    lines: [{ name: 'Latte', quantity: 2, unitPriceFen: 2800 }],
    discountFen: 0,
  });
  const post = (session: Session, key: string | undefined, body: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/orders',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      payload: body,
    });

  it('replays the first answer, status and body, for the same key and body', async () => {
    const body = order();
    const first = await post(cashier, 'key-1', body);
    expect(first.statusCode).toBe(201);
    const again = await post(cashier, 'key-1', body);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses the same key with another body', async () => {
    await post(cashier, 'key-2', order());
    const reused = await post(cashier, 'key-2', order());
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const body = order();
    await claimIdempotencyKey(t.ctx, {
      callerId: cashier.id,
      key: 'key-3',
      requestHash: requestHash('POST', '/api/orders', body),
    });
    const running = await post(cashier, 'key-3', body);
    expect(running.statusCode).toBe(409);
    expect(running.json().error.code).toBe('request_in_progress');
  });

  it('keeps keys per caller, and frees a key whose request failed for a corrected request', async () => {
    const other = await t.signIn('cashier', [t.storeIds[0]!]);
    const body = order();
    expect((await post(cashier, 'shared', body)).statusCode).toBe(201);
    expect((await post(other, 'shared', { ...body, externalId: 'K-other' })).statusCode).toBe(201);
    const bad = { ...order(), discountFen: 999_999 };
    expect((await post(cashier, 'key-4', bad)).statusCode).toBe(400);
    expect((await post(cashier, 'key-4', bad)).statusCode).toBe(400);
    const fixed = await post(cashier, 'key-4', { ...bad, discountFen: 0 });
    expect(fixed.statusCode).toBe(201);
    expect((await post(cashier, 'key-4', { ...bad, discountFen: 0 })).headers['idempotent-replayed']).toBe(
      'true',
    );
  });

  it('refuses an empty or overlong key', async () => {
    const response = await post(cashier, 'x'.repeat(201), order());
    expect(response.statusCode).toBe(400);
  });
});
