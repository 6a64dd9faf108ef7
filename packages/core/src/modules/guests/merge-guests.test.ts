import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, staffActor, type TestContext } from '../../../test';
import { testBackends } from '../../../test';
import { isAppError } from '../../errors';
import { listAudit } from '../audit/audit.service';
import { createBrand, createStore } from '../org/org.service';
import { guestItemStats, orders } from '../orders/orders.tables';
import { hasConsent, setConsent } from './consent.service';
import { recomputeGuestFigures } from './guest-figures';
import { loadGuestRow, updateGuest, upsertGuest } from './guests.service';
import { guestConsents, guestIdentities, mergeCandidates } from './guests.tables';
import { dismissMergeCandidate, listMergeCandidates } from './merge-candidates';
import { listMerges, mergeGuests } from './merge-guests';
import { insertFixtureOrder } from './orders.fixture';
import { undoMerge } from './undo-merge';

describe.each(testBackends())('merging guests on %s', (backend) => {
  let t: TestContext;
  let brandId: string;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ brandId, storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  const guest = async (
    identities: Array<{ kind: 'phone' | 'email' | 'card'; value: string }>,
    profile = {},
  ) => (await upsertGuest(t.ctx, { identities, profile, channel: 'app', storeId: storeIds[0] })).guest.id;

  const order = (guestId: string, placedAt: string, lines: Array<[string, number, number]>, extra = {}) =>
    insertFixtureOrder(t.ctx, {
      brandId,
      storeId: storeIds[0]!,
      guestId,
      placedAt,
      lines: lines.map(([name, quantity, unitPriceFen]) => ({ name, quantity, unitPriceFen })),
      ...extra,
    });

  /** Everything that belongs to a guest, as ids and figures, for exact comparison. */
  const snapshot = async (guestId: string) => {
    const row = await loadGuestRow(t.ctx, guestId);
    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id).sort();
    return {
      status: row.status,
      mergedInto: row.mergedInto,
      visits: row.visits,
      spendFen: row.spendFen,
      firstVisitAt: row.firstVisitAt?.toISOString() ?? null,
      lastVisitAt: row.lastVisitAt?.toISOString() ?? null,
      tags: row.tags,
      allergies: row.allergies,
      language: row.language,
      hasName: row.nameEnc !== null,
      identities: await ids(
        t.ctx.db.select().from(guestIdentities).where(eq(guestIdentities.guestId, guestId)),
      ),
      orders: await ids(t.ctx.db.select().from(orders).where(eq(orders.guestId, guestId))),
      consents: await ids(t.ctx.db.select().from(guestConsents).where(eq(guestConsents.guestId, guestId))),
      stats: await t.ctx.db
        .select({ item: guestItemStats.itemName, quantity: guestItemStats.quantity })
        .from(guestItemStats)
        .where(eq(guestItemStats.guestId, guestId))
        .orderBy(asc(guestItemStats.itemName)),
    };
  };

  it('merges two guests and un-merges them back exactly, keeping what arrived after the merge', async () => {
    const a = await guest([{ kind: 'phone', value: '13800000001' }], { name: '王小明', tags: ['vip'] });
    const b = await guest(
      [
        { kind: 'email', value: 'xm@example.com' },
        { kind: 'card', value: 'C-0001' },
      ],
      {
        allergies: ['peanut'],
        language: 'en',
        tags: ['vip', 'lunch'],
      },
    );
    await order(a, '2025-06-01T12:00:00+08:00', [['Margherita', 1, 6800]]);
    await order(
      a,
      '2025-07-01T12:00:00+08:00',
      [
        ['Margherita', 2, 6800],
        ['Cola', 1, 800],
      ],
      { refundedFen: 800 },
    );
    await order(b, '2025-05-01T19:00:00+08:00', [['Pepperoni', 1, 7800]]);
    await order(b, '2025-08-01T19:00:00+08:00', [['Pepperoni', 3, 7800]], { status: 'cancelled' });
    await setConsent(t.ctx, b, {
      purpose: 'marketing',
      channels: ['sms'],
      granted: true,
      source: 'app',
      wordingVersion: 'v1',
    });
    for (const id of [a, b]) await recomputeGuestFigures(t.ctx, id);
    const beforeA = await snapshot(a);
    const beforeB = await snapshot(b);
    expect(beforeA).toMatchObject({ visits: 2, spendFen: 6800 + 13600 + 800 - 800 });
    expect(beforeB).toMatchObject({ visits: 1, spendFen: 7800, identities: expect.any(Array) });

    const merge = await mergeGuests(t.ctx, a, b, { reason: 'same person' });
    expect(merge.moved).toEqual({ identities: 2, orders: 2, consents: 1 });
    const mergedA = await snapshot(a);
    expect(mergedA).toMatchObject({
      visits: 3,
      spendFen: beforeA.spendFen + 7800,
      firstVisitAt: '2025-05-01T11:00:00.000Z',
      lastVisitAt: beforeA.lastVisitAt,
      tags: ['vip', 'lunch'],
      allergies: ['peanut'],
      language: 'en',
      identities: [...beforeA.identities, ...beforeB.identities].sort(),
      orders: [...beforeA.orders, ...beforeB.orders].sort(),
      consents: beforeB.consents,
    });
    expect(mergedA.stats).toEqual([
      { item: 'Cola', quantity: 1 },
      { item: 'Margherita', quantity: 3 },
      { item: 'Pepperoni', quantity: 1 },
    ]);
    expect(await snapshot(b)).toMatchObject({
      status: 'merged',
      mergedInto: a,
      visits: 0,
      spendFen: 0,
      stats: [],
    });
    expect(await hasConsent(t.ctx, a, 'marketing', 'sms')).toBe(true);

    const later = await order(a, '2026-03-01T12:00:00+08:00', [['Tiramisu', 1, 3800]]);
    await recomputeGuestFigures(t.ctx, a);
    await setConsent(t.ctx, a, {
      purpose: 'service',
      channels: ['wechat'],
      granted: true,
      source: 'app',
      wordingVersion: 'v1',
    });
    const again = await upsertGuest(t.ctx, {
      identities: [{ kind: 'email', value: 'XM@example.com' }],
      profile: {},
      channel: 'app',
    });
    expect(again.guest.id).toBe(a);

    const undone = await undoMerge(t.ctx, merge.id);
    expect(undone.undoneAt).not.toBeNull();
    const afterA = await snapshot(a);
    const afterB = await snapshot(b);
    expect(afterB).toEqual({ ...beforeB, status: 'active', mergedInto: null });
    expect(afterA.identities).toEqual(beforeA.identities);
    expect(afterA.orders).toEqual([...beforeA.orders, later].sort());
    expect(afterA.consents).toHaveLength(1);
    expect(afterA).toMatchObject({
      visits: beforeA.visits + 1,
      spendFen: beforeA.spendFen + 3800,
      firstVisitAt: beforeA.firstVisitAt,
      lastVisitAt: '2026-03-01T04:00:00.000Z',
      tags: ['vip'],
      allergies: [],
      language: null,
      hasName: true,
    });
    expect(afterA.stats).toEqual([...beforeA.stats, { item: 'Tiramisu', quantity: 1 }]);
    expect(await hasConsent(t.ctx, a, 'marketing', 'sms')).toBe(false);
    expect(await hasConsent(t.ctx, b, 'marketing', 'sms')).toBe(true);

    await expect(undoMerge(t.ctx, merge.id)).rejects.toSatisfy((e) => isAppError(e, 'merge_already_undone'));
    const history = await listMerges(t.ctx, a);
    expect(history).toEqual([expect.objectContaining({ id: merge.id, survivorId: a, mergedId: b })]);
    const audit = await listAudit(t.ctx, { entityId: b, limit: 50 });
    const actions = audit.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['guest.merge', 'guest.unmerge']));
    expect(audit.items.find((e) => e.action === 'guest.merge')?.entityIds).toEqual([a, b]);
  });

  it('keeps a field corrected after the merge when the merge is undone', async () => {
    const a = await guest([{ kind: 'phone', value: '13800000011' }]);
    const b = await guest([{ kind: 'phone', value: '13800000012' }], { name: 'Li Mei', gender: 'female' });
    const merge = await mergeGuests(t.ctx, a, b, { reason: 'same person' });
    await updateGuest(t.ctx, a, { name: 'Li Mei' });
    await undoMerge(t.ctx, merge.id);
    const row = await loadGuestRow(t.ctx, a);
    expect(row.nameEnc).not.toBeNull();
    expect(row.gender).toBeNull();
  });

  it('refuses to merge a guest into itself, a merged guest, or a guest of another brand', async () => {
    const a = await guest([{ kind: 'phone', value: '13800000021' }]);
    const b = await guest([{ kind: 'phone', value: '13800000022' }]);
    const c = await guest([{ kind: 'phone', value: '13800000023' }]);
    const refused = (reason: string) => (e: unknown) =>
      isAppError(e, 'merge_not_allowed') && (e.details as { reason: string }).reason === reason;
    await expect(mergeGuests(t.ctx, a, a, { reason: 'x' })).rejects.toSatisfy(refused('same_guest'));
    await mergeGuests(t.ctx, a, b, { reason: 'x' });
    await expect(mergeGuests(t.ctx, c, b, { reason: 'x' })).rejects.toSatisfy(refused('merged_not_active'));
    await expect(mergeGuests(t.ctx, b, c, { reason: 'x' })).rejects.toSatisfy(refused('survivor_not_active'));
    const other = await createBrand(t.ctx, { name: 'Other Coffee', currency: 'CNY' });
    const store = await createStore(t.ctx, {
      brandId: other.id,
      code: 'O1',
      name: 'Other 1',
      line: 'coffee',
      city: 'Beijing',
      districtType: 'business',
      timezone: 'Asia/Shanghai',
    });
    const foreign = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13800000024' }],
      profile: {},
      channel: 'pos',
      storeId: store.id,
    });
    await expect(mergeGuests(t.ctx, c, foreign.guest.id, { reason: 'x' })).rejects.toSatisfy(
      refused('different_brand'),
    );
  });

  it('queues a conflicting registration for review and settles the entry when merged or dismissed', async () => {
    const a = await guest([{ kind: 'phone', value: '13800000031' }], { name: '张伟' });
    const b = await guest([{ kind: 'email', value: 'zw@example.com' }]);
    const c = await guest([{ kind: 'email', value: 'zw2@example.com' }]);
    await upsertGuest(t.ctx, {
      identities: [
        { kind: 'phone', value: '13800000031' },
        { kind: 'email', value: 'zw@example.com' },
        { kind: 'email', value: 'zw2@example.com' },
      ],
      profile: {},
      channel: 'pos',
    });
    const queue = await listMergeCandidates(t.ctx, { limit: 50 });
    const entries = queue.items.filter((e) => [e.guestA.id, e.guestB.id].includes(a));
    expect(entries).toHaveLength(2);
    const withB = entries.find((e) => [e.guestA.id, e.guestB.id].includes(b))!;
    const withC = entries.find((e) => [e.guestA.id, e.guestB.id].includes(c))!;
    expect(withB.reason).toBe('shared identities');
    const shownA = withB.guestA.id === a ? withB.guestA : withB.guestB;
    expect(shownA).toMatchObject({ name: '张*', phone: '138****0031' });

    const merge = await mergeGuests(t.ctx, a, b, { reason: withB.reason, candidateId: withB.id });
    await dismissMergeCandidate(t.ctx, withC.id);
    const after = await listMergeCandidates(t.ctx, { limit: 50 });
    expect(after.items.map((e) => e.id)).not.toEqual(expect.arrayContaining([withB.id]));
    expect(after.items.map((e) => e.id)).not.toContain(withC.id);
    const statuses = await t.ctx.db.select().from(mergeCandidates).orderBy(asc(mergeCandidates.id));
    expect(statuses.find((s) => s.id === withB.id)?.status).toBe('merged');
    expect(statuses.find((s) => s.id === withC.id)?.status).toBe('dismissed');
    await expect(dismissMergeCandidate(t.ctx, withC.id)).rejects.toSatisfy((e) => isAppError(e, 'conflict'));
    await expect(dismissMergeCandidate(t.ctx, 'mgc_missing')).rejects.toSatisfy((e) =>
      isAppError(e, 'not_found'),
    );
    await undoMerge(t.ctx, merge.id);
    const undone = await t.ctx.db.select().from(mergeCandidates).where(eq(mergeCandidates.id, withB.id));
    expect(undone[0]?.status).toBe('dismissed');
  });

  it('refuses a review entry that is not about the two guests being merged', async () => {
    const a = await guest([{ kind: 'phone', value: '13800000041' }]);
    const b = await guest([{ kind: 'phone', value: '13800000042' }]);
    const c = await guest([{ kind: 'phone', value: '13800000043' }]);
    await upsertGuest(t.ctx, {
      identities: [
        { kind: 'phone', value: '13800000041' },
        { kind: 'phone', value: '13800000042' },
      ],
      profile: {},
      channel: 'pos',
    });
    const [entry] = await t.ctx.db
      .select()
      .from(mergeCandidates)
      .where(eq(mergeCandidates.guestB, [a, b].sort()[1]!));
    await expect(mergeGuests(t.ctx, a, c, { reason: 'x', candidateId: entry!.id })).rejects.toSatisfy((e) =>
      isAppError(e, 'merge_not_allowed'),
    );
  });

  it('lets only roles with guests.merge merge and undo', async () => {
    const a = await guest([{ kind: 'phone', value: '13800000051' }]);
    const b = await guest([{ kind: 'phone', value: '13800000052' }]);
    const cashier = await staffActor(t.ctx, 'cashier', [storeIds[0]!]);
    await expect(mergeGuests(t.as(cashier.actor), a, b, { reason: 'x' })).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    const agent = await staffActor(t.ctx, 'service_agent');
    const merge = await mergeGuests(t.as(agent.actor), a, b, { reason: 'x' });
    await expect(undoMerge(t.as(cashier.actor), merge.id)).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    await expect(listMergeCandidates(t.as(cashier.actor), { limit: 5 })).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    expect((await undoMerge(t.as(agent.actor), merge.id)).undoneAt).not.toBeNull();
  });
});
