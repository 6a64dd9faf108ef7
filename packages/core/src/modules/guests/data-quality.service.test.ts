import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listAudit } from '../audit/audit.service';
import { fixDataQuality, getDataQualityReport } from './data-quality.service';
import { identityIndex } from './guest-crypto';
import { upsertGuest } from './guests.service';
import { guestIdentities, guests, mergeCandidates } from './guests.tables';
import { attachIdentities } from './resolve-guest';

describe.each(testBackends())('data quality on %s', (backend) => {
  let t: TestContext;
  let brandId: string;
  let storeIds: string[];
  const ids: Record<string, string> = {};

  const guest = async (phone: string, profile: Record<string, unknown> = {}) =>
    (
      await upsertGuest(t.ctx, {
        identities: [{ kind: 'phone', value: phone }],
        profile,
        channel: 'app',
        storeId: storeIds[0],
      })
    ).guest.id;

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ brandId, storeIds } = await seedOrg(t.ctx, 2));
    ids.twinA = await guest('13700000001', { name: '李雷', birthday: '1990-07-01' });
    ids.twinB = await guest('13700000002', { name: ' 李雷 ', birthday: '1992-07-15' });
    ids.otherMonth = await guest('13700000003', { name: '李雷', birthday: '1990-08-01' });
    ids.p1 = await guest('13700000004');
    ids.p2 = (
      await upsertGuest(t.ctx, {
        identities: [{ kind: 'email', value: 'p2@example.com' }],
        profile: {},
        channel: 'web',
      })
    ).guest.id;
    await upsertGuest(t.ctx, {
      identities: [
        { kind: 'phone', value: '13700000004' },
        { kind: 'email', value: 'p2@example.com' },
      ],
      profile: {},
      channel: 'pos',
    });
    ids.invalid = await guest('13700000005');
    await attachIdentities(t.ctx, { brandId, channel: 'import' }, ids.invalid, [
      {
        kind: 'phone',
        namespace: '',
        value: '12345',
        index: identityIndex(t.ctx.keyring, 'phone', '', '12345'),
      },
    ]);
    ids.bare = await guest('13700000006');
    await t.ctx.db.delete(guestIdentities).where(eq(guestIdentities.guestId, ids.bare));
  });
  afterAll(() => t.close());

  it('counts suspected duplicates, invalid contacts, stale profiles and guests without identity', async () => {
    const report = await getDataQualityReport(t.ctx);
    expect(report.duplicates).toMatchObject({ count: 2, openCandidates: 1, unqueuedPairs: 1 });
    expect(report.duplicates.sample.map((g) => g.id).sort()).toEqual(
      [ids.p1, ids.p2, ids.twinA, ids.twinB].sort(),
    );
    expect(report.duplicates.sample.find((g) => g.id === ids.twinA)).toMatchObject({
      name: '李*',
      phone: '137****0001',
    });
    expect(report.invalidContacts).toMatchObject({ count: 1, identities: 1 });
    expect(report.invalidContacts.sample.map((g) => g.id)).toEqual([ids.invalid]);
    expect(report.stale.count).toBe(0);
    expect(report.withoutIdentity).toMatchObject({
      count: 1,
      sample: [expect.objectContaining({ id: ids.bare })],
    });
    const audit = await listAudit(t.ctx, { action: 'guest.data_quality', limit: 5 });
    expect(audit.items[0]?.entityIds).toEqual(expect.arrayContaining([ids.twinA, ids.invalid, ids.bare]));
  });

  it('reports profiles neither visited nor verified for 12 months as stale', async () => {
    const start = t.clock.now();
    t.clock.set(new Date('2027-04-01T00:00:00Z'));
    try {
      await t.ctx.db
        .update(guests)
        .set({ lastVerifiedAt: new Date('2027-01-01T00:00:00Z') })
        .where(eq(guests.id, ids.p1!));
      const [active] = await t.ctx.db
        .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
        .from(guests)
        .where(and(eq(guests.brandId, brandId), eq(guests.status, 'active')));
      const report = await getDataQualityReport(t.ctx);
      expect(report.stale.count).toBe(active!.n - 1);
      expect(report.stale.sample.map((g) => g.id)).not.toContain(ids.p1);
    } finally {
      t.clock.set(start);
    }
  });

  it('queues same-name pairs for review once, and removes invalid contacts', async () => {
    expect(await fixDataQuality(t.ctx, { kind: 'queue_duplicates' })).toEqual({
      kind: 'queue_duplicates',
      affected: 1,
    });
    expect(await fixDataQuality(t.ctx, { kind: 'queue_duplicates' })).toEqual({
      kind: 'queue_duplicates',
      affected: 0,
    });
    const queued = await t.ctx.db
      .select()
      .from(mergeCandidates)
      .where(eq(mergeCandidates.reason, 'same name and birth month'));
    expect(queued.map((c) => [c.guestA, c.guestB])).toEqual([[ids.twinA, ids.twinB].sort()]);

    expect(await fixDataQuality(t.ctx, { kind: 'remove_invalid_contacts' })).toEqual({
      kind: 'remove_invalid_contacts',
      affected: 1,
    });
    const report = await getDataQualityReport(t.ctx);
    expect(report.duplicates).toMatchObject({ count: 2, openCandidates: 2, unqueuedPairs: 0 });
    expect(report.invalidContacts.count).toBe(0);
    const left = await t.ctx.db
      .select()
      .from(guestIdentities)
      .where(eq(guestIdentities.guestId, ids.invalid!));
    expect(left.map((i) => i.masked)).toEqual(['137****0005']);
    const audit = await listAudit(t.ctx, { action: 'guest.data_quality_fix', limit: 5 });
    expect(audit.items[0]).toMatchObject({
      entityIds: [ids.invalid],
      details: { kind: 'remove_invalid_contacts', affected: 1 },
    });
  });

  it('keeps the brand-wide report from store-limited staff and from roles that cannot manage guests', async () => {
    for (const [role, stores] of [
      ['cashier', [storeIds[0]!]],
      ['store_manager', [storeIds[0]!]],
      ['analyst', null],
      ['marketer', null],
    ] as const) {
      const member = await staffActor(t.ctx, role, stores ? [...stores] : null);
      await expect(getDataQualityReport(t.as(member.actor)), role).rejects.toSatisfy((e) =>
        isAppError(e, 'forbidden'),
      );
      await expect(fixDataQuality(t.as(member.actor), { kind: 'queue_duplicates' }), role).rejects.toSatisfy(
        (e) => isAppError(e, 'forbidden'),
      );
    }
    const agent = await staffActor(t.ctx, 'service_agent');
    expect((await getDataQualityReport(t.as(agent.actor))).withoutIdentity.count).toBeGreaterThan(0);
  });
});
