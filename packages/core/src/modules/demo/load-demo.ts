import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { createBrand, createStore } from '../org/org.service';
import { brands } from '../org/org.tables';
import { createStaff } from '../staff/staff.service';
import { DEMO_BRAND, DEMO_STORES } from './demo-org';
import { demoStaff } from './demo-staff';
import { seededRandom } from './random';
import type { DemoStoreRef } from './demo-orders';
import { loadDemoTrade, type DemoTrade } from './demo-trade';

/** The seed of the demo brand: change it and every generated name changes with it. */
export const DEMO_SEED = 20_261_123;

/** What the demo loader created. */
export type DemoSummary = { brandId: string; stores: number; staff: number } & DemoTrade;

/** Guests in the demo brand unless told otherwise (tests load fewer). */
export const DEMO_GUESTS = 5_000;

/**
 * Loads the demo brand through the module use cases: the brand, its 12 stores, staff in every
 * role, the menu, guests and a year of orders. Refuses a database that already holds a brand.
 * Deterministic for a given seed and clock.
 */
export async function loadDemo(
  ctx: Ctx,
  options: {
    seed?: number;
    guests?: number;
    onProgress?: (step: string, done: number, total: number) => void;
  } = {},
): Promise<DemoSummary> {
  const [{ count } = { count: 0 }] = await ctx.db.select({ count: sql<number>`count(*)::int` }).from(brands);
  if (count > 0)
    throw new AppError(
      'database_not_empty',
      'The database already holds a brand; demo data loads only into an empty one',
    );
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const progress = options.onProgress ?? (() => undefined);
  const brand = await createBrand(ctx, { ...DEMO_BRAND });
  const storeIds: string[] = [];
  const storeRefs: DemoStoreRef[] = [];
  for (const store of DEMO_STORES) {
    const created = await createStore(ctx, { ...store, brandId: brand.id });
    storeIds.push(created.id);
    storeRefs.push({
      id: created.id,
      code: store.code,
      line: store.line ?? 'pizza',
      districtType: store.districtType,
    });
    progress('stores', storeIds.length, DEMO_STORES.length);
  }
  const staff = demoStaff(random, storeIds);
  // Password hashing (scrypt) runs on libuv's thread pool: four accounts at a time use every core.
  for (let from = 0; from < staff.length; from += 4) {
    await Promise.all(staff.slice(from, from + 4).map((member) => createStaff(ctx, member)));
    progress('staff', Math.min(staff.length, from + 4), staff.length);
  }
  const trade = await loadDemoTrade(ctx, random, storeRefs, options.guests ?? DEMO_GUESTS, progress);
  return { brandId: brand.id, stores: storeIds.length, staff: staff.length, ...trade };
}
