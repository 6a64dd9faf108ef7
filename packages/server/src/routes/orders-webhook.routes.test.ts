import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signWebhook } from '../http/webhook-signature';

describe.each(testBackends())('signed webhooks on %s', (backend) => {
  let t: TestApp;
  let secret: string;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp(backend);
    const admin = await t.signIn('brand_admin');
    secret = (await t.call(admin, 'POST', '/api/integrations', { source: 'eleme', name: 'Ele.me' })).json()
      .secret;
  });
  afterAll(() => t.close());

  const order = (extra: Record<string, unknown> = {}) => ({
    storeId: t.storeIds[0],
    channel: 'delivery',
    source: 'eleme',
    externalId: `EL-${++counter}`,
    platformOrderId: `P${counter}`,
    placedAt: '2026-03-02T04:30:00Z',
    guest: { identities: [{ kind: 'platform_user', namespace: 'eleme', value: 'u-778' }] },
    lines: [{ name: 'Pepperoni', quantity: 1, unitPriceFen: 7900 }],
    ...extra,
  });
  const deliver = (
    body: string,
    options: { key?: string; at?: number; source?: string; signature?: string } = {},
  ) => {
    const timestamp = String(options.at ?? Math.floor(t.clock.now().getTime() / 1000));
    return t.app.inject({
      method: 'POST',
      url: `/api/webhooks/${options.source ?? 'eleme'}`,
      headers: {
        'content-type': 'application/json',
        'x-regulars-timestamp': timestamp,
        'x-regulars-signature': options.signature ?? signWebhook(options.key ?? secret, timestamp, body),
      },
      payload: body,
    });
  };

  it('stores a correctly signed order (201) once, a repeat answering 200', async () => {
    const body = JSON.stringify(order());
    const first = await deliver(body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      source: 'eleme',
      paidFen: 7900,
      guestId: expect.stringMatching(/^gst_/),
    });
    const repeat = await deliver(body);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().id).toBe(first.json().id);
  });

  it('signs the exact bytes: spacing and key order of the JSON are the sender’s', async () => {
    const body =
      `{\n  "lines": [{"name":"Cola","quantity":2,"unitPriceFen":800}],${JSON.stringify(order()).slice(1)}`.replace(
        '"lines":[{"name":"Pepperoni","quantity":1,"unitPriceFen":7900}],',
        '',
      );
    expect((await deliver(body)).statusCode).toBe(201);
  });

  it('refuses a bad signature, another secret, an unknown source and no signature with 401', async () => {
    const body = JSON.stringify(order());
    expect((await deliver(body, { signature: 'ab'.repeat(32) })).statusCode).toBe(401);
    expect((await deliver(body, { key: 'rws_guessed' })).statusCode).toBe(401);
    expect((await deliver(body, { source: 'meituan' })).statusCode).toBe(401);
    const unsigned = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks/eleme',
      payload: body,
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().error.code).toBe('unauthenticated');
  });

  it('refuses a signature older than five minutes', async () => {
    const body = JSON.stringify(order());
    const response = await deliver(body, { at: Math.floor(t.clock.now().getTime() / 1000) - 301 });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toMatch(/seconds old/);
  });

  it('checks the order only after the signature, and keeps the integration to its own source', async () => {
    expect(
      (await deliver(JSON.stringify({ nonsense: true }), { signature: '00'.repeat(32) })).statusCode,
    ).toBe(401);
    const invalid = await deliver(JSON.stringify({ ...order(), lines: [] }));
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details).toEqual([expect.objectContaining({ path: 'body.lines' })]);
    expect((await deliver('{not json')).statusCode).toBe(400);
    expect((await deliver(JSON.stringify(order({ source: 'pos' })))).statusCode).toBe(400);
  });

  it('does not let the webhook reach anything but order ingest', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/webhooks/eleme' });
    expect(response.statusCode).toBe(404);
  });
});
