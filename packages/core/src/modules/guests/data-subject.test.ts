import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { newId } from '../../ids';
import { listAudit } from '../audit/audit.service';
import { orderEvents, orders } from '../orders/orders.tables';
import { setConsent } from './consent.service';
import { eraseGuest } from './erase-guest';
import { exportGuestData } from './export-guest-data';
import { recomputeGuestFigures } from './guest-figures';
import { listGuests, loadGuestRow, updateGuest, upsertGuest } from './guests.service';
import { guestIdentities } from './guests.tables';
import { mergeGuests } from './merge-guests';
import { insertFixtureOrder } from './orders.fixture';
import { runRetention } from './retention.service';

describe.each(testBackends())('data-subject rights and retention on %s', (backend) => {
  let t: TestContext;
  let brandId: string;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ brandId, storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  /** A guest with every kind of personal data, a merged second profile, orders and consent. */
  const richGuest = async (n: string) => {
    const main = await upsertGuest(t.ctx, {
      identities: [
        { kind: 'phone', value: `1381234${n}` },
        { kind: 'email', value: `person${n}@example.com` },
      ],
      profile: {
        name: `欧阳${n}娜`,
        birthday: '1991-04-23',
        addresses: [`静安区南京西路${n}号`],
        notes: `likes window seat ${n}`,
        tastes: [`spicy-${n}`],
        allergies: [`sesame-${n}`],
        tags: [`tag-${n}`],
        gender: 'female',
        language: 'zh',
      },
      channel: 'app',
      storeId: storeIds[0],
    });
    const other = await upsertGuest(t.ctx, {
      identities: [{ kind: 'card', value: `CARD-${n}` }],
      profile: { notes: `second profile ${n}` },
      channel: 'pos',
      storeId: storeIds[0],
    });
    const orderId = await insertFixtureOrder(t.ctx, {
      brandId,
      storeId: storeIds[0]!,
      guestId: other.guest.id,
      placedAt: '2026-02-01T12:00:00+08:00',
      lines: [{ name: 'Hawaiian', quantity: 2, unitPriceFen: 5900 }],
      refundedFen: 1000,
      status: 'partially_refunded',
    });
    await t.ctx.db.insert(orderEvents).values({
      id: newId('oev', t.ctx.clock.now().getTime()),
      orderId,
      kind: 'refund',
      amountFen: 1000,
      reason: 'cold',
      externalId: `r-${n}`,
      at: new Date('2026-02-01T13:00:00+08:00'),
    });
    await setConsent(t.ctx, main.guest.id, {
      purpose: 'marketing',
      channels: ['sms'],
      granted: true,
      source: 'app',
      wordingVersion: 'v1',
    });
    await recomputeGuestFigures(t.ctx, other.guest.id);
    await mergeGuests(t.ctx, main.guest.id, other.guest.id, { reason: 'same person' });
    return { id: main.guest.id, mergedId: other.guest.id, orderId };
  };

  it('exports everything held about a guest in clear, and audits the export with its purpose', async () => {
    const g = await richGuest('0001');
    const doc = await exportGuestData(t.ctx, g.id);
    expect(doc.guest).toMatchObject({
      id: g.id,
      name: '欧阳0001娜',
      birthday: '1991-04-23',
      addresses: ['静安区南京西路0001号'],
      notes: 'likes window seat 0001',
      visits: 1,
      spendFen: 11800 - 1000,
    });
    expect(doc.mergedGuests).toEqual([
      expect.objectContaining({ id: g.mergedId, notes: 'second profile 0001' }),
    ]);
    expect(doc.identities.map((i) => i.value).sort()).toEqual([
      '+8613812340001',
      'CARD0001',
      'person0001@example.com',
    ]);
    expect(doc.consents).toEqual([
      expect.objectContaining({ purpose: 'marketing', channel: 'sms', granted: true }),
    ]);
    expect(doc.orders).toEqual([
      expect.objectContaining({
        id: g.orderId,
        paidFen: 11800,
        lines: [expect.objectContaining({ name: 'Hawaiian', quantity: 2 })],
        events: [expect.objectContaining({ kind: 'refund', amountFen: 1000 })],
      }),
    ]);
    expect(doc.itemStats).toEqual([expect.objectContaining({ itemName: 'Hawaiian', quantity: 2 })]);
    expect(doc.merges).toHaveLength(1);
    expect(doc.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['guest.create', 'guest.consent', 'guest.merge']),
    );
    const audit = await listAudit(t.ctx, { action: 'guest.export_data', entityId: g.id, limit: 5 });
    expect(audit.items[0]).toMatchObject({ purpose: 'data_subject_request' });
    expect(JSON.stringify(audit.items[0])).not.toMatch(/0001娜|13812340001|person0001/);
  });

  it('lets only roles that may reveal export a guest, within their stores', async () => {
    const { guest } = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13812349999' }],
      profile: {},
      channel: 'pos',
      storeId: storeIds[1],
    });
    const marketer = await staffActor(t.ctx, 'marketer');
    await expect(exportGuestData(t.as(marketer.actor), guest.id)).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    const manager = await staffActor(t.ctx, 'store_manager', [storeIds[0]!]);
    await expect(exportGuestData(t.as(manager.actor), guest.id)).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    const own = await staffActor(t.ctx, 'store_manager', [storeIds[1]!]);
    expect((await exportGuestData(t.as(own.actor), guest.id)).identities).toHaveLength(1);
  });

  it('erases a guest and their merged profile so no personal value is left, while orders still count', async () => {
    const g = await richGuest('0002');
    const before = await loadGuestRow(t.ctx, g.id);
    const identities = await t.ctx.db
      .select()
      .from(guestIdentities)
      .where(inArray(guestIdentities.guestId, [g.id, g.mergedId]));
    const secrets = [
      '欧阳0002娜',
      '13812340002',
      'person0002@example.com',
      'CARD0002',
      '1991-04-23',
      '南京西路0002',
      'window seat 0002',
      'second profile 0002',
      'spicy-0002',
      'sesame-0002',
      'tag-0002',
      before.nameEnc!,
      before.nameIndex!,
      before.birthdayEnc!,
      before.addressesEnc!,
      ...identities.flatMap((i) => [i.valueEnc, i.valueIndex]),
    ];
    const result = await eraseGuest(t.ctx, g.id, { reason: 'guest_request' });
    expect(result.erasedGuestIds.sort()).toEqual([g.id, g.mergedId].sort());

    const tables = (await t.ctx.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as unknown as { rows: Array<{ table_name: string }> };
    let dump = '';
    for (const { table_name } of tables.rows) {
      const rows = (await t.ctx.db.execute(sql`select * from ${sql.identifier(table_name)}`)) as unknown as {
        rows: unknown[];
      };
      dump += JSON.stringify(rows.rows);
    }
    expect(dump).toContain(g.id);
    expect(dump).toContain('Hawaiian');
    for (const secret of secrets) expect(dump, secret).not.toContain(secret);

    const after = await loadGuestRow(t.ctx, g.id);
    expect(after).toMatchObject({ status: 'erased', visits: 1, spendFen: 10800, tags: [], nameEnc: null });
    expect(after.erasedAt).not.toBeNull();
    expect((await loadGuestRow(t.ctx, g.mergedId)).status).toBe('erased');
    const kept = await t.ctx.db.select().from(orders).where(eq(orders.id, g.orderId));
    expect(kept[0]?.guestId).toBe(g.id);
    expect((await listGuests(t.ctx, { q: '13812340002', limit: 5 })).items).toEqual([]);
    expect(await eraseGuest(t.ctx, g.id, { reason: 'guest_request' })).toMatchObject({ erasedGuestIds: [] });
    const audit = await listAudit(t.ctx, { action: 'guest.erase', entityId: g.id, limit: 5 });
    expect(audit.items[0]?.details).toEqual({ reason: 'guest_request' });
  });

  it('refuses erasure to roles without guests.erase', async () => {
    const { guest } = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13812348888' }],
      profile: {},
      channel: 'pos',
      storeId: storeIds[0],
    });
    for (const role of ['store_manager', 'service_agent', 'analyst'] as const) {
      const member = await staffActor(t.ctx, role, role === 'store_manager' ? [storeIds[0]!] : null);
      await expect(eraseGuest(t.as(member.actor), guest.id, { reason: 'guest_request' })).rejects.toSatisfy(
        (e) => isAppError(e, 'forbidden'),
      );
    }
    await expect(eraseGuest(t.ctx, 'gst_missing', { reason: 'guest_request' })).rejects.toSatisfy((e) =>
      isAppError(e, 'guest_not_found'),
    );
  });

  it('erases guests who neither visited nor changed for 36 months, and keeps the others', async () => {
    const start = t.clock.now();
    const idle = (
      await upsertGuest(t.ctx, {
        identities: [{ kind: 'phone', value: '13812347001' }],
        profile: {},
        channel: 'app',
      })
    ).guest.id;
    const visitor = (
      await upsertGuest(t.ctx, {
        identities: [{ kind: 'phone', value: '13812347002' }],
        profile: {},
        channel: 'app',
      })
    ).guest.id;
    const edited = (
      await upsertGuest(t.ctx, {
        identities: [{ kind: 'phone', value: '13812347003' }],
        profile: {},
        channel: 'app',
      })
    ).guest.id;
    await insertFixtureOrder(t.ctx, {
      brandId,
      storeId: storeIds[0]!,
      guestId: visitor,
      placedAt: '2028-06-01T12:00:00+08:00',
      lines: [{ name: 'Latte', quantity: 1, unitPriceFen: 2800 }],
    });
    await recomputeGuestFigures(t.ctx, visitor);
    t.clock.set(new Date('2028-01-10T10:00:00+08:00'));
    await updateGuest(t.ctx, edited, { language: 'en' });
    t.clock.set(start);

    const now = new Date('2029-04-02T09:00:00+08:00');
    expect((await runRetention(t.ctx, { now, months: 120 })).erased).toBe(0);
    const result = await runRetention(t.ctx, { now });
    expect(result.months).toBe(36);
    expect(result.cutoff).toBe('2026-04-02T01:00:00.000Z');
    expect(result.erased).toBeGreaterThanOrEqual(1);
    expect((await loadGuestRow(t.ctx, idle)).status).toBe('erased');
    expect((await loadGuestRow(t.ctx, visitor)).status).toBe('active');
    expect((await loadGuestRow(t.ctx, edited)).status).toBe('active');
    const audit = await listAudit(t.ctx, { action: 'guest.erase', entityId: idle, limit: 5 });
    expect(audit.items[0]?.details).toMatchObject({ reason: 'retention', months: 36 });
    expect((await runRetention(t.ctx, { now })).erased).toBe(0);
  });
});
