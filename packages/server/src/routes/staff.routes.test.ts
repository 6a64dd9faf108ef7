import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('staff routes on %s', (backend) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.signIn('brand_admin');
  });
  afterAll(() => t.close());

  it('creates a cashier and shows the one-time password once', async () => {
    const response = await t.call(admin, 'POST', '/api/staff', {
      email: 'li.na@example.com',
      name: '李娜',
      role: 'cashier',
      storeIds: [t.storeIds[0]],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().oneTimePassword).toHaveLength(16);
    const listed = await t.call(admin, 'GET', `/api/staff?storeId=${t.storeIds[0]}`);
    const row = listed.json().items.find((s: { email: string }) => s.email === 'li.na@example.com');
    expect(row).toMatchObject({ role: 'cashier', storeIds: [t.storeIds[0]] });
    expect(JSON.stringify(listed.json())).not.toMatch(/oneTimePassword|passwordHash/);
  });

  it('answers a cashier without a store with store_scope_required on the storeIds field', async () => {
    const response = await t.call(admin, 'POST', '/api/staff', {
      email: 'x@example.com',
      name: 'x',
      role: 'cashier',
      storeIds: [],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'store_scope_required',
      details: { field: 'storeIds' },
    });
  });

  it('answers an invalid e-mail and an unknown role with the fields named', async () => {
    const response = await t.call(admin, 'POST', '/api/staff', { email: 'nope', name: '', role: 'chef' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.name', 'body.role']));
  });

  it('disables a member, whose open session stops working at once', async () => {
    const member = await t.signIn('marketer');
    expect((await t.call(member, 'GET', '/api/me')).statusCode).toBe(200);
    const disabled = await t.call(admin, 'PATCH', `/api/staff/${member.id}`, { status: 'disabled' });
    expect(disabled.json().status).toBe('disabled');
    expect((await t.call(member, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('shows a renamed member their new name at once, though sessions are cached', async () => {
    const member = await t.signIn('service_agent');
    expect((await t.call(member, 'GET', '/api/me')).json().name).toBe('service_agent');
    await t.call(admin, 'PATCH', `/api/staff/${member.id}`, { name: '客服小周' });
    expect((await t.call(member, 'GET', '/api/me')).json().name).toBe('客服小周');
  });

  it('resets a password, which ends the member’s sessions and requires a change', async () => {
    const member = await t.signIn('analyst');
    const reset = await t.call(admin, 'POST', `/api/staff/${member.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().staff.mustChangePassword).toBe(true);
    expect((await t.call(member, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('lets a store manager read only the staff of their store', async () => {
    const manager = await t.signIn('store_manager', [t.storeIds[1]!]);
    expect((await t.call(manager, 'GET', `/api/staff?storeId=${t.storeIds[1]}`)).statusCode).toBe(200);
    const other = await t.call(manager, 'GET', `/api/staff?storeId=${t.storeIds[2]}`);
    expect(other.statusCode).toBe(403);
    expect(
      (await t.call(manager, 'POST', '/api/staff', { email: 'a@b.cn', name: 'a', role: 'analyst' }))
        .statusCode,
    ).toBe(403);
  });

  it('answers not_found for an unknown member', async () => {
    const response = await t.call(admin, 'PATCH', '/api/staff/stf_missing', { name: 'x' });
    expect(response.statusCode).toBe(404);
  });
});
