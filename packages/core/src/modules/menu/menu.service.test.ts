import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MenuItemInput } from '@regulars/contracts';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listMenu, upsertMenuItem } from './menu.service';

describe.each(testBackends())('menu on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];
  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  const item = (extra: Partial<MenuItemInput> = {}): MenuItemInput => ({
    sku: 'PZ-PEP-12',
    name: 'Pepperoni 12"',
    category: 'pizza',
    size: '12"',
    priceFen: 8900,
    active: true,
    unavailableStoreIds: [],
    ...extra,
  });

  it('creates an item by sku and changes the same item on a second call', async () => {
    const first = await upsertMenuItem(t.ctx, item());
    const second = await upsertMenuItem(t.ctx, item({ priceFen: 9200, unavailableStoreIds: [storeIds[1]!] }));
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, item: { id: first.item.id, priceFen: 9200 } });
    const menu = await listMenu(t.ctx, {});
    expect(menu.filter((m) => m.sku === 'PZ-PEP-12')).toEqual([
      expect.objectContaining({ priceFen: 9200, unavailableStoreIds: [storeIds[1]] }),
    ]);
  });

  it('lists for a store only the active items it sells', async () => {
    await upsertMenuItem(t.ctx, item({ sku: 'CK-1', name: 'Cola', category: 'drinks', size: undefined }));
    await upsertMenuItem(t.ctx, item({ sku: 'OLD-1', name: 'Retired', active: false }));
    await upsertMenuItem(
      t.ctx,
      item({ sku: 'S1-ONLY', name: 'Local special', unavailableStoreIds: [storeIds[1]!] }),
    );
    const inFirst = (await listMenu(t.ctx, { storeId: storeIds[0] })).map((m) => m.sku);
    const inSecond = (await listMenu(t.ctx, { storeId: storeIds[1] })).map((m) => m.sku);
    expect(inFirst).toEqual(expect.arrayContaining(['CK-1', 'S1-ONLY']));
    expect(inFirst).not.toContain('OLD-1');
    expect(inSecond).toContain('CK-1');
    expect(inSecond).not.toContain('S1-ONLY');
  });

  it('refuses an unknown store in the availability list', async () => {
    await expect(upsertMenuItem(t.ctx, item({ unavailableStoreIds: ['sto_nope'] }))).rejects.toSatisfy((e) =>
      isAppError(e, 'store_not_found'),
    );
  });

  it('lets a cashier read the menu but not change it', async () => {
    const cashier = t.as((await staffActor(t.ctx, 'cashier', [storeIds[0]!])).actor);
    expect((await listMenu(cashier, { storeId: storeIds[0] })).length).toBeGreaterThan(0);
    await expect(upsertMenuItem(cashier, item())).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
  });
});
