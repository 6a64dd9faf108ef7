import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('guests routes on %s', (backend) => {
  let t: TestApp;
  let admin: Session;
  let cashier: Session;
  let analyst: Session;

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.signIn('brand_admin');
    cashier = await t.signIn('cashier', [t.storeIds[0]!]);
    analyst = await t.signIn('analyst');
  });
  afterAll(() => t.close());

  const register = async (phone: string, profile: Record<string, unknown> = {}, storeId = t.storeIds[0]) => {
    const response = await t.call(admin, 'POST', '/api/guests', {
      identities: [{ kind: 'phone', value: phone }],
      profile,
      channel: 'pos',
      storeId,
    });
    expect(response.statusCode).toBeLessThan(300);
    return response.json().id as string;
  };

  it('registers a guest with 201, answers 200 for the same phone, and refuses an impossible phone', async () => {
    const body = {
      identities: [{ kind: 'phone', value: '13500000001' }],
      profile: { name: '陈静' },
      channel: 'pos',
      storeId: t.storeIds[0],
    };
    const first = await t.call(cashier, 'POST', '/api/guests', body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ name: '陈*', phone: '135****0001', masked: true });
    const second = await t.call(cashier, 'POST', '/api/guests', {
      ...body,
      identities: [{ kind: 'phone', value: '+86 135 0000 0001' }],
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    const bad = await t.call(cashier, 'POST', '/api/guests', {
      ...body,
      identities: [{ kind: 'phone', value: '123' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('invalid_contact');
    expect((await t.call(analyst, 'POST', '/api/guests', body)).statusCode).toBe(403);
  });

  it('lists and finds guests by exact phone, and validates the query', async () => {
    const id = await register('13500000002');
    const found = await t.call(analyst, 'GET', '/api/guests?q=13500000002');
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((g: { id: string }) => g.id)).toEqual([id]);
    expect((await t.call(analyst, 'GET', '/api/guests?limit=0')).statusCode).toBe(400);
    expect((await t.call(undefined, 'GET', '/api/guests')).statusCode).toBe(401);
  });

  it('shows a profile masked, answers 404 for an unknown guest and 403 outside a cashier’s stores', async () => {
    const id = await register('13500000003', { name: 'Zhou Min' }, t.storeIds[1]);
    const profile = await t.call(admin, 'GET', `/api/guests/${id}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ id, name: 'Z***', phone: '135****0003' });
    expect((await t.call(admin, 'GET', '/api/guests/gst_missing')).statusCode).toBe(404);
    expect((await t.call(cashier, 'GET', `/api/guests/${id}`)).statusCode).toBe(403);
  });

  it('corrects a profile, refuses unknown fields and roles that cannot manage guests', async () => {
    const id = await register('13500000004');
    const patched = await t.call(cashier, 'PATCH', `/api/guests/${id}`, { allergies: ['shellfish'] });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().allergies).toEqual(['shellfish']);
    expect((await t.call(cashier, 'PATCH', `/api/guests/${id}`, { shoeSize: 42 })).statusCode).toBe(400);
    expect((await t.call(analyst, 'PATCH', `/api/guests/${id}`, { notes: 'x' })).statusCode).toBe(403);
  });

  it('reveals a phone with a purpose, requires the purpose, and refuses a cashier', async () => {
    const id = await register('13500000005');
    const manager = await t.signIn('store_manager', [t.storeIds[0]!]);
    const revealed = await t.call(manager, 'POST', `/api/guests/${id}/reveal`, {
      field: 'phone',
      purpose: 'complaint',
    });
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json()).toEqual({ field: 'phone', value: '+8613500000005' });
    expect((await t.call(manager, 'POST', `/api/guests/${id}/reveal`, { field: 'phone' })).statusCode).toBe(
      400,
    );
    expect(
      (await t.call(cashier, 'POST', `/api/guests/${id}/reveal`, { field: 'phone', purpose: 'service' }))
        .statusCode,
    ).toBe(403);
  });

  it('records consent, withdraws everything in one call, and refuses an analyst', async () => {
    const id = await register('13500000006');
    const consent = {
      purpose: 'marketing',
      channels: ['sms', 'wechat'],
      granted: true,
      source: 'pos',
      wordingVersion: 'v3',
    };
    const granted = await t.call(cashier, 'POST', `/api/guests/${id}/consents`, consent);
    expect(granted.statusCode).toBe(200);
    expect(granted.json().items).toHaveLength(2);
    expect(
      (await t.call(cashier, 'POST', `/api/guests/${id}/consents`, { ...consent, channels: ['fax'] }))
        .statusCode,
    ).toBe(400);
    expect((await t.call(analyst, 'POST', `/api/guests/${id}/consents`, consent)).statusCode).toBe(403);
    const withdrawn = await t.call(cashier, 'POST', `/api/guests/${id}/consents/withdraw-all`, {
      source: 'pos',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().items.every((c: { granted: boolean }) => !c.granted)).toBe(true);
    expect(withdrawn.json().items).toHaveLength(12);
    expect(
      (await t.call(cashier, 'POST', '/api/guests/gst_missing/consents/withdraw-all', { source: 'pos' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call(analyst, 'POST', `/api/guests/${id}/consents/withdraw-all`, { source: 'x' })).statusCode,
    ).toBe(403);
  });

  it('merges a guest into another and lists the merge, refusing a self-merge and a cashier', async () => {
    const survivor = await register('13500000007');
    const merged = await register('13500000008');
    const agent = await t.signIn('service_agent');
    expect(
      (await t.call(cashier, 'POST', `/api/guests/${survivor}/merge`, { mergedId: merged })).statusCode,
    ).toBe(403);
    const merge = await t.call(agent, 'POST', `/api/guests/${survivor}/merge`, { mergedId: merged });
    expect(merge.statusCode).toBe(200);
    expect(merge.json()).toMatchObject({
      survivorId: survivor,
      mergedId: merged,
      moved: { identities: 1 },
      undoneAt: null,
    });
    const self = await t.call(agent, 'POST', `/api/guests/${survivor}/merge`, { mergedId: survivor });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.code).toBe('merge_not_allowed');
    const list = await t.call(analyst, 'GET', `/api/guests/${merged}/merges`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((m: { id: string }) => m.id)).toEqual([merge.json().id]);
    expect((await t.call(analyst, 'GET', '/api/guests/gst_missing/merges')).statusCode).toBe(404);
    const elsewhere = await register('13500000009', {}, t.storeIds[2]);
    expect((await t.call(cashier, 'GET', `/api/guests/${elsewhere}/merges`)).statusCode).toBe(403);
  });

  it('exports a guest’s data as a download to roles that may reveal, not to a marketer or analyst', async () => {
    const id = await register('13500000010', { name: '孙悦' });
    const response = await t.call(admin, 'GET', `/api/guests/${id}/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="guest-${id}.json"`);
    expect(response.json()).toMatchObject({
      purpose: 'data_subject_request',
      guest: { id, name: '孙悦' },
      identities: [expect.objectContaining({ value: '+8613500000010' })],
    });
    expect((await t.call(admin, 'GET', '/api/guests/gst_missing/export')).statusCode).toBe(404);
    const marketer = await t.signIn('marketer');
    expect((await t.call(marketer, 'GET', `/api/guests/${id}/export`)).statusCode).toBe(403);
    expect((await t.call(analyst, 'GET', `/api/guests/${id}/export`)).statusCode).toBe(403);
  });

  it('erases a guest only with confirmation and only for roles allowed to erase', async () => {
    const id = await register('13500000011', { name: '周洁' });
    expect(
      (await t.call(admin, 'POST', `/api/guests/${id}/erase`, { reason: 'guest_request' })).statusCode,
    ).toBe(400);
    expect(
      (await t.call(cashier, 'POST', `/api/guests/${id}/erase`, { confirm: true, reason: 'guest_request' }))
        .statusCode,
    ).toBe(403);
    const erased = await t.call(admin, 'POST', `/api/guests/${id}/erase`, {
      confirm: true,
      reason: 'guest_request',
    });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ guestId: id, erasedGuestIds: [id] });
    const after = await t.call(admin, 'GET', `/api/guests/${id}`);
    expect(after.json()).toMatchObject({ status: 'erased', name: null, phone: null, identities: [] });
    const patch = await t.call(admin, 'PATCH', `/api/guests/${id}`, { notes: 'x' });
    expect(patch.statusCode).toBe(409);
  });

  it('serves the data-quality report and its fixes to brand-wide managers only', async () => {
    await register('13500000012', { name: '林峰', birthday: '1988-11-02' });
    await register('13500000013', { name: '林峰', birthday: '1990-11-20' });
    const report = await t.call(admin, 'GET', '/api/data-quality');
    expect(report.statusCode).toBe(200);
    expect(report.json().duplicates.unqueuedPairs).toBe(1);
    expect((await t.call(cashier, 'GET', '/api/data-quality')).statusCode).toBe(403);
    expect((await t.call(analyst, 'GET', '/api/data-quality')).statusCode).toBe(403);
    const fix = await t.call(admin, 'POST', '/api/data-quality/fix', { kind: 'queue_duplicates' });
    expect(fix.statusCode).toBe(200);
    expect(fix.json()).toEqual({ kind: 'queue_duplicates', affected: 1 });
    expect(
      (await t.call(admin, 'POST', '/api/data-quality/fix', { kind: 'merge_everything' })).statusCode,
    ).toBe(400);
    expect(
      (await t.call(cashier, 'POST', '/api/data-quality/fix', { kind: 'queue_duplicates' })).statusCode,
    ).toBe(403);
  });
});
