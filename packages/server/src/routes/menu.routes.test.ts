import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('menu routes on %s', (backend) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.signIn('brand_admin');
  });
  afterAll(() => t.close());

  const item = { sku: 'LT-M', name: 'Latte M', category: 'coffee', size: 'M', priceFen: 2800 };

  it('creates an item (201), changes it by sku (200) and lists it per store', async () => {
    const created = await t.call(admin, 'POST', '/api/menu', {
      ...item,
      unavailableStoreIds: [t.storeIds[1]],
    });
    expect(created.statusCode).toBe(201);
    const changed = await t.call(admin, 'POST', '/api/menu', {
      ...item,
      priceFen: 3000,
      unavailableStoreIds: [t.storeIds[1]],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: created.json().id, priceFen: 3000 });
    const all = await t.call(admin, 'GET', '/api/menu');
    expect(all.json().items).toEqual([
      expect.objectContaining({ sku: 'LT-M', unavailableStoreIds: [t.storeIds[1]] }),
    ]);
    expect((await t.call(admin, 'GET', `/api/menu?storeId=${t.storeIds[1]}`)).json().items).toEqual([]);
  });

  it('refuses an item without a price, and an unknown store', async () => {
    expect((await t.call(admin, 'POST', '/api/menu', { ...item, priceFen: undefined })).statusCode).toBe(400);
    const unknown = await t.call(admin, 'POST', '/api/menu', { ...item, unavailableStoreIds: ['sto_nope'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('store_not_found');
  });

  it('lets a cashier read the menu of their store but not change it', async () => {
    const cashier = await t.signIn('cashier', [t.storeIds[0]!]);
    expect((await t.call(cashier, 'GET', `/api/menu?storeId=${t.storeIds[0]}`)).statusCode).toBe(200);
    expect((await t.call(cashier, 'GET', `/api/menu?storeId=${t.storeIds[1]}`)).statusCode).toBe(403);
    expect((await t.call(cashier, 'POST', '/api/menu', item)).statusCode).toBe(403);
  });
});
