import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { createBrand, createStore } from '../org/org.service';
import { brands } from '../org/org.tables';
import { createStaff } from '../staff/staff.service';
import { DEMO_BRAND, DEMO_STORES } from './demo-org';
import { demoStaff } from './demo-staff';
import { seededRandom } from './random';

/** The seed of the demo brand: change it and every generated name changes with it. */
export const DEMO_SEED = 20_261_123;

/** What the demo loader created. */
export type DemoSummary = { brandId: string; stores: number; staff: number };

/**
 * Loads the demo brand through the module use cases: the brand, its 12 stores, and staff in
 * every role. Refuses a database that already holds a brand. Deterministic for a given seed.
 */
export async function loadDemo(
  ctx: Ctx,
  options: { seed?: number; onProgress?: (step: string, done: number, total: number) => void } = {},
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
  for (const store of DEMO_STORES) {
    storeIds.push((await createStore(ctx, { ...store, brandId: brand.id })).id);
    progress('stores', storeIds.length, DEMO_STORES.length);
  }
  const staff = demoStaff(random, storeIds);
  let done = 0;
  for (const member of staff) {
    await createStaff(ctx, member);
    progress('staff', ++done, staff.length);
  }
  return { brandId: brand.id, stores: storeIds.length, staff: staff.length };
}
