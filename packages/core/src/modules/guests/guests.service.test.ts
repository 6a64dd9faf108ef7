import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listAudit } from '../audit/audit.service';
import { getGuest, listGuests, revealGuestField, updateGuest, upsertGuest } from './guests.service';

describe.each(testBackends())('guests on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  const register = (phone: string, extra: Record<string, unknown> = {}) =>
    upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: phone }],
      profile: { name: '王小明', birthday: '1990-05-17', ...extra },
      channel: 'app',
      storeId: storeIds[0],
    });

  it('creates one guest for the same phone written three ways', async () => {
    const first = await register('138 0013 8000');
    const second = await register('+86 138-0013-8000');
    const third = await register('００８６１３８００１３８０００');
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(new Set([first.guest.id, second.guest.id, third.guest.id]).size).toBe(1);
  });

  it('stores phone, name and birthday encrypted, never in clear', async () => {
    await register('13900139000');
    const dump = await t.ctx.db.execute(
      sql`select g.*, i.* from guests g join guest_identities i on i.guest_id = g.id`,
    );
    const text = JSON.stringify(dump);
    expect(text).not.toMatch(/13900139000|王小明|1990-05-17/);
  });

  it('masks contact fields and reveals one with its purpose in the audit log', async () => {
    const { guest } = await register('13700137000');
    expect(guest.phone).toBe('137****7000');
    expect(guest.name).toBe('王*明');
    expect(guest.birthday).toBe('****-05-**');
    const revealed = await revealGuestField(t.ctx, guest.id, { field: 'phone', purpose: 'complaint' });
    expect(revealed.value).toBe('+8613700137000');
    const audit = await listAudit(t.ctx, { action: 'guest.reveal', limit: 10 });
    expect(audit.items.find((e) => e.entityIds.includes(guest.id))).toMatchObject({ purpose: 'complaint' });
  });

  it('refuses an impossible phone with the reason', async () => {
    await expect(register('12345')).rejects.toSatisfy(
      (e) => isAppError(e, 'invalid_contact') && (e.details as { reason: string }).reason === 'too_short',
    );
  });

  it('finds a guest by exact phone, e-mail, card or name, but not by a fragment', async () => {
    const { guest } = await upsertGuest(t.ctx, {
      identities: [
        { kind: 'phone', value: '13600136000' },
        { kind: 'email', value: 'Mei@Example.com' },
        { kind: 'card', value: 'hb-0001 23' },
      ],
      profile: { name: 'Li Mei' },
      channel: 'pos',
      storeId: storeIds[1],
    });
    for (const q of ['136 0013 6000', 'mei@example.com', 'HB000123', 'li mei']) {
      const page = await listGuests(t.ctx, { q, limit: 10 });
      expect(
        page.items.map((g) => g.id),
        q,
      ).toEqual([guest.id]);
    }
    expect((await listGuests(t.ctx, { q: '1360013', limit: 10 })).items).toEqual([]);
  });

  it('lets a cashier browse only guests of their store but find anyone by phone', async () => {
    const other = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13500135000' }],
      profile: {},
      channel: 'pos',
      storeId: storeIds[1],
    });
    const cashier = await staffActor(t.ctx, 'cashier', [storeIds[0]!]);
    const ctx = t.as(cashier.actor);
    const browsed = await listGuests(ctx, { limit: 200 });
    expect(browsed.items.some((g) => g.id === other.guest.id)).toBe(false);
    expect((await listGuests(ctx, { q: '13500135000', limit: 10 })).items.map((g) => g.id)).toEqual([
      other.guest.id,
    ]);
    await expect(getGuest(ctx, other.guest.id)).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
    await expect(
      revealGuestField(ctx, other.guest.id, { field: 'phone', purpose: 'service' }),
    ).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
  });

  it('records every profile read and correction in the audit log', async () => {
    const { guest } = await register('13400134000');
    await getGuest(t.ctx, guest.id);
    await updateGuest(t.ctx, guest.id, { allergies: ['peanut'], tags: ['vip'] });
    const reads = await listAudit(t.ctx, { action: 'guest.read', limit: 50 });
    const updates = await listAudit(t.ctx, { action: 'guest.update', limit: 50 });
    expect(reads.items.some((e) => e.entityIds.includes(guest.id))).toBe(true);
    expect(updates.items.find((e) => e.entityIds.includes(guest.id))?.details).toMatchObject({
      fields: ['allergies', 'tags'],
    });
    const after = await getGuest(t.ctx, guest.id);
    expect(after.fieldSources['allergies']).toMatchObject({ channel: 'staff' });
    expect(after.fieldSources['name']).toMatchObject({ channel: 'app' });
  });

  it('creates exactly one guest when the same new phone arrives twice at once', async () => {
    const [a, b] = await Promise.all([register('13300133000'), register('13300133000')]);
    expect(a.guest.id).toBe(b.guest.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });
});
