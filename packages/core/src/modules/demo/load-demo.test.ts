import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@regulars/contracts';
import { createTestContext, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listStores } from '../org/org.service';
import { listStaff } from '../staff/staff.service';
import { loadDemo } from './load-demo';

describe.each(testBackends())('the demo brand on %s', (backend) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(backend);
    await loadDemo(t.ctx);
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
      await loadDemo(other.ctx);
      const names = async (ctx: typeof t.ctx) =>
        (await listStaff(ctx, { limit: 200 })).items.map((s) => `${s.name} ${s.email} ${s.role}`).sort();
      expect(await names(other.ctx)).toEqual(await names(t.ctx));
    } finally {
      await other.close();
    }
  });

  it('refuses to load into a database that already holds a brand', async () => {
    await expect(loadDemo(t.ctx)).rejects.toSatisfy((e) => isAppError(e, 'database_not_empty'));
  });
});
