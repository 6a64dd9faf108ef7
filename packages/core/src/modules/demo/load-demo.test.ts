import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@regulars/contracts';
import { createTestContext, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listStores } from '../org/org.service';
import { listStaff } from '../staff/staff.service';
import { loadDemo } from './load-demo';

const GUESTS = 300;

describe.each(testBackends())('the demo brand on %s', (backend) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(backend);
    await loadDemo(t.ctx, { guests: GUESTS });
  });
  afterAll(() => t.close());

  it('has 12 stores in three cities with pizza and coffee lines', async () => {
    const stores = await listStores(t.ctx);
    expect(stores).toHaveLength(12);
    expect(new Set(stores.map((s) => s.city)).size).toBe(3);
    expect(new Set(stores.map((s) => s.line))).toEqual(new Set(['pizza', 'coffee']));
  });

  it('has staff in every role but the owner, each store with a manager and cashiers', async () => {
    const staff = (await listStaff(t.ctx, { limit: 200 })).items;
    const roles = new Set(staff.map((s) => s.role));
    for (const role of ROLES.filter((r) => r !== 'owner')) expect(roles).toContain(role);
    for (const store of await listStores(t.ctx)) {
      const here = staff.filter((s) => s.storeIds?.includes(store.id));
      expect(here.map((s) => s.role).sort()).toEqual(['cashier', 'cashier', 'store_manager']);
    }
  });

  it('is the same brand for the same seed', async () => {
    const other = await createTestContext(backend);
    try {
      await loadDemo(other.ctx, { guests: GUESTS });
      const names = async (ctx: typeof t.ctx) =>
        (await listStaff(ctx, { limit: 200 })).items.map((s) => `${s.name} ${s.email} ${s.role}`).sort();
      expect(await names(other.ctx)).toEqual(await names(t.ctx));
    } finally {
      await other.close();
    }
  });

  it('has guests from several channels, anonymous orders, and a year of trade with refunds', async () => {
    const figures = (await t.ctx.db.execute(sql`
      select (select count(*)::int from guests) as guests,
             (select count(distinct kind)::int from guest_identities) as identity_kinds,
             (select count(*)::int from orders) as orders,
             (select count(*)::int from orders where guest_id is null) as anonymous,
             (select (max(placed_at)::date - min(placed_at)::date)::int from orders) as days,
             (select count(*)::int from order_events) as events,
             (select count(*)::int from guests where visits > 0) as visiting,
             (select count(*)::int from menu_items) as menu`)) as unknown as {
      rows: Array<Record<string, number>>;
    };
    const row = figures.rows[0]!;
    // A few members order through a delivery platform with a phone they never gave us: new guests.
    expect(row['guests']).toBeGreaterThanOrEqual(GUESTS);
    expect(row['guests']).toBeLessThan(GUESTS * 1.1);
    expect(row['identity_kinds']).toBeGreaterThanOrEqual(6);
    expect(row['orders']).toBeGreaterThan(GUESTS);
    expect(row['anonymous']).toBeGreaterThan(0);
    expect(row['days']).toBeGreaterThanOrEqual(360);
    expect(row['events']).toBeGreaterThan(0);
    expect(row['visiting']).toBeGreaterThan(GUESTS * 0.9);
    expect(row['menu']).toBe(30);
  });

  it('gives guests different rhythms: some lapse, some visit weekly', async () => {
    const now = t.ctx.clock.now();
    const rows = (await t.ctx.db.execute(sql`
      select visits, extract(epoch from (${now.toISOString()}::timestamptz - last_visit_at)) / 86400 as idle_days
      from guests where visits > 0`)) as unknown as { rows: Array<{ visits: number; idle_days: number }> };
    const idle = rows.rows.map((r) => Number(r.idle_days));
    expect(idle.filter((d) => d > 90).length).toBeGreaterThan(rows.rows.length * 0.1);
    expect(idle.filter((d) => d < 30).length).toBeGreaterThan(rows.rows.length * 0.1);
    expect(Math.max(...rows.rows.map((r) => r.visits))).toBeGreaterThan(20);
  });

  it('refuses to load into a database that already holds a brand', async () => {
    await expect(loadDemo(t.ctx)).rejects.toSatisfy((e) => isAppError(e, 'database_not_empty'));
  });
});
