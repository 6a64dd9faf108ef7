import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('API key routes on %s', (backend) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.signIn('brand_admin');
  });
  afterAll(() => t.close());

  const bearer = (secret: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });

  it('creates a key that works for its actions and stores only, until revoked', async () => {
    const created = await t.call(admin, 'POST', '/api/api-keys', {
      name: 'POS Shanghai',
      actions: ['org.read'],
      storeIds: [t.storeIds[0]],
    });
    expect(created.statusCode).toBe(200);
    const { secret, apiKey } = created.json();
    expect(secret).toMatch(/^rk_[a-z0-9]{10}_/);
    const stores = await bearer(secret, '/api/stores');
    expect(stores.statusCode).toBe(200);
    expect(stores.json().items.map((s: { id: string }) => s.id)).toEqual([t.storeIds[0]]);
    expect((await bearer(secret, '/api/staff')).statusCode).toBe(403);
    const listed = await t.call(admin, 'GET', '/api/api-keys');
    expect(JSON.stringify(listed.json())).not.toContain(secret);
    await t.call(admin, 'POST', `/api/api-keys/${apiKey.id}/revoke`);
    expect((await bearer(secret, '/api/stores')).statusCode).toBe(401);
  });

  it('refuses a forged key that shares a real prefix', async () => {
    const { secret } = (
      await t.call(admin, 'POST', '/api/api-keys', { name: 'k', actions: ['org.read'] })
    ).json();
    const forged = `${secret.slice(0, 14)}${'A'.repeat(40)}`;
    expect((await bearer(forged, '/api/stores')).statusCode).toBe(401);
  });

  it('does not let a brand admin grant an action they do not hold', async () => {
    const response = await t.call(admin, 'POST', '/api/api-keys', { name: 'k', actions: ['audit.read'] });
    expect(response.statusCode).toBe(403);
  });

  it('does not let a cashier create keys', async () => {
    const cashier = await t.signIn('cashier', [t.storeIds[0]!]);
    expect(
      (await t.call(cashier, 'POST', '/api/api-keys', { name: 'k', actions: ['org.read'] })).statusCode,
    ).toBe(403);
  });
});
