import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('brand and store routes on %s', (backend) => {
  let t: TestApp;
  let owner: Session;
  beforeAll(async () => {
    t = await createTestApp(backend);
    owner = await t.signIn('owner');
  });
  afterAll(() => t.close());

  it('opens a store with its city, district type and time zone', async () => {
    const brands = await t.call(owner, 'GET', '/api/brands');
    const brandId = brands.json().items[0].id;
    const created = await t.call(owner, 'POST', '/api/stores', {
      brandId,
      code: 'CD-01',
      name: '成都太古里店',
      city: '成都',
      districtType: 'business',
      timezone: 'Asia/Shanghai',
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ code: 'CD-01', districtType: 'business', status: 'open' });
    const closed = await t.call(owner, 'PATCH', `/api/stores/${created.json().id}`, { status: 'closed' });
    expect(closed.json().status).toBe('closed');
  });

  it('refuses an unknown time zone and a duplicate store code', async () => {
    const brandId = (await t.call(owner, 'GET', '/api/brands')).json().items[0].id;
    const base = { brandId, code: 'S1', name: 'x', city: 'x', districtType: 'school' };
    const badZone = await t.call(owner, 'POST', '/api/stores', {
      ...base,
      code: 'Z9',
      timezone: 'Mars/Olympus',
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().error.details[0].path).toBe('body.timezone');
    const duplicate = await t.call(owner, 'POST', '/api/stores', base);
    expect(duplicate.statusCode).toBe(409);
  });

  it('does not let a store manager change a store', async () => {
    const manager = await t.signIn('store_manager', [t.storeIds[0]!]);
    const response = await t.call(manager, 'PATCH', `/api/stores/${t.storeIds[0]}`, { name: 'Mine now' });
    expect(response.statusCode).toBe(403);
  });
});
