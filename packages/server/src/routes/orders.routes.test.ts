import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('order routes on %s', (backend) => {
  let t: TestApp;
  let admin: Session;
  let cashier: Session;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.signIn('brand_admin');
    cashier = await t.signIn('cashier', [t.storeIds[0]!]);
  });
  afterAll(() => t.close());

  const order = (extra: Record<string, unknown> = {}) => ({
    storeId: t.storeIds[0],
    channel: 'dine_in',
    source: 'pos',
    externalId: `H-${++counter}`,
    placedAt: '2026-03-02T04:30:00Z',
    guest: { identities: [{ kind: 'phone', value: '13500135001' }] },
    lines: [{ name: 'Margherita', quantity: 1, unitPriceFen: 5900 }],
    discountFen: 0,
    ...extra,
  });

  it('creates an order with 201 and answers a repeat of source + externalId with 200 and the same order', async () => {
    const body = order();
    const created = await t.call(cashier, 'POST', '/api/orders', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ externalId: body.externalId, paidFen: 5900, status: 'completed' });
    const repeat = await t.call(cashier, 'POST', '/api/orders', body);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().id).toBe(created.json().id);
  });

  it('accepts orders from an API key limited to its store, with an Idempotency-Key', async () => {
    const key = await t.call(admin, 'POST', '/api/api-keys', {
      name: 'Till 1',
      actions: ['orders.write'],
      storeIds: [t.storeIds[0]],
    });
    const post = (body: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/orders',
        headers: { authorization: `Bearer ${key.json().secret}`, 'idempotency-key': `till-${counter}` },
        payload: body,
      });
    expect((await post(order())).statusCode).toBe(201);
    expect((await post(order({ storeId: t.storeIds[1] }))).statusCode).toBe(403);
  });

  it('refuses an invalid order with the fields at fault', async () => {
    const response = await t.call(cashier, 'POST', '/api/orders', order({ lines: [], channel: 'fax' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    const discount = await t.call(cashier, 'POST', '/api/orders', order({ discountFen: 9999 }));
    expect(discount.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'discountFen' }],
    });
  });

  it('refuses orders for a store outside the caller’s scope, and callers without orders.write', async () => {
    expect((await t.call(cashier, 'POST', '/api/orders', order({ storeId: t.storeIds[1] }))).statusCode).toBe(
      403,
    );
    const analyst = await t.signIn('analyst');
    expect((await t.call(analyst, 'POST', '/api/orders', order())).statusCode).toBe(403);
    expect((await t.call(undefined, 'POST', '/api/orders', order())).statusCode).toBe(401);
  });

  it('ingests a batch, reporting each order', async () => {
    const response = await t.call(cashier, 'POST', '/api/orders/batch', {
      orders: [
        order({ externalId: 'BATCH-1' }),
        order({ externalId: 'BATCH-1' }),
        { storeId: t.storeIds[0] },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ created: 1, duplicates: 1, refused: 1 });
    expect((await t.call(cashier, 'POST', '/api/orders/batch', { orders: [] })).statusCode).toBe(400);
    const analyst = await t.signIn('analyst');
    expect((await t.call(analyst, 'POST', '/api/orders/batch', { orders: [order()] })).statusCode).toBe(403);
  });

  it('lists orders with filters and opens one with its lines', async () => {
    const created = (await t.call(cashier, 'POST', '/api/orders', order({ channel: 'takeaway' }))).json();
    const list = await t.call(admin, 'GET', `/api/orders?channel=takeaway&storeId=${t.storeIds[0]}&limit=5`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain(created.id);
    const one = await t.call(admin, 'GET', `/api/orders/${created.id}`);
    expect(one.json().lines).toHaveLength(1);
    expect((await t.call(admin, 'GET', '/api/orders/ord_nope')).statusCode).toBe(404);
    expect((await t.call(admin, 'GET', '/api/orders?from=yesterday')).statusCode).toBe(400);
  });

  it('hides orders of other stores from store-scoped staff', async () => {
    const other = (
      await t.call(admin, 'POST', '/api/orders', order({ storeId: t.storeIds[1], guest: undefined }))
    ).json();
    expect((await t.call(cashier, 'GET', `/api/orders/${other.id}`)).statusCode).toBe(403);
    const list = (await t.call(cashier, 'GET', '/api/orders?limit=200')).json();
    expect(list.items.every((o: { storeId: string }) => o.storeId === t.storeIds[0])).toBe(true);
  });

  it('records a refund (201), its repeat (200), and refuses one above the paid amount', async () => {
    const created = (await t.call(cashier, 'POST', '/api/orders', order())).json();
    const path = `/api/orders/${created.id}/events`;
    const refund = await t.call(cashier, 'POST', path, {
      kind: 'refund',
      amountFen: 900,
      externalId: 'RF-1',
    });
    expect(refund.statusCode).toBe(201);
    expect(refund.json()).toMatchObject({ refundedFen: 900, status: 'partially_refunded' });
    expect(
      (await t.call(cashier, 'POST', path, { kind: 'refund', amountFen: 900, externalId: 'RF-1' }))
        .statusCode,
    ).toBe(200);
    const tooMuch = await t.call(cashier, 'POST', path, {
      kind: 'refund',
      amountFen: 5001,
      externalId: 'RF-2',
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error.code).toBe('refund_exceeds_paid');
    const marketer = await t.signIn('marketer');
    expect((await t.call(marketer, 'POST', path, { kind: 'cancel', externalId: 'C-1' })).statusCode).toBe(
      403,
    );
  });

  it('shows a guest portrait to staff who may read the guest', async () => {
    const created = (await t.call(cashier, 'POST', '/api/orders', order())).json();
    const portrait = await t.call(admin, 'GET', `/api/guests/${created.guestId}/portrait`);
    expect(portrait.statusCode).toBe(200);
    expect(portrait.json()).toMatchObject({
      guestId: created.guestId,
      favouriteItems: [{ name: 'Margherita' }],
    });
    expect(portrait.json().weekdays).toHaveLength(7);
    expect((await t.call(admin, 'GET', '/api/guests/gst_nope/portrait')).statusCode).toBe(404);
    const elsewhere = await t.signIn('cashier', [t.storeIds[2]!]);
    expect((await t.call(elsewhere, 'GET', `/api/guests/${created.guestId}/portrait`)).statusCode).toBe(403);
  });

  it('registers integrations for admins only, showing the secret once', async () => {
    const created = await t.call(admin, 'POST', '/api/integrations', { source: 'meituan', name: 'Meituan' });
    expect(created.statusCode).toBe(200);
    expect(created.json().secret).toMatch(/^rws_/);
    const list = await t.call(admin, 'GET', '/api/integrations');
    expect(list.json().items.map((i: { source: string }) => i.source)).toContain('meituan');
    expect(JSON.stringify(list.json())).not.toContain(created.json().secret);
    expect(
      (await t.call(admin, 'POST', '/api/integrations', { source: 'meituan', name: 'x' })).statusCode,
    ).toBe(409);
    expect(
      (await t.call(admin, 'POST', '/api/integrations', { source: 'Bad Source', name: 'x' })).statusCode,
    ).toBe(400);
    expect((await t.call(cashier, 'GET', '/api/integrations')).statusCode).toBe(403);
  });

  it('documents every order, menu, portrait, integration and webhook route in the OpenAPI document', async () => {
    const doc = (await t.call(undefined, 'GET', '/api/openapi.json')).json();
    for (const path of [
      '/api/orders',
      '/api/orders/batch',
      '/api/orders/{id}',
      '/api/orders/{id}/events',
      '/api/guests/{id}/portrait',
      '/api/integrations',
      '/api/webhooks/{source}',
      '/api/menu',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/webhooks/{source}'].post.requestBody).toBeDefined();
  });
});
