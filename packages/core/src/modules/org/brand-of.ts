import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { brands, stores } from './org.tables';

/** A store's brand and timezone, or `store_not_found`. No authorisation: callers have done it. */
export async function findStoreBrand(
  ctx: Ctx,
  storeId: string,
): Promise<{ brandId: string; timezone: string }> {
  const [row] = await ctx.db
    .select({ brandId: stores.brandId, timezone: stores.timezone })
    .from(stores)
    .where(eq(stores.id, storeId));
  if (!row) throw new AppError('store_not_found', `No store ${storeId}`, { field: 'storeId' });
  return row;
}

// The first brand never changes once it exists (brands are not deleted): remember it per database.
const firstBrand = new WeakMap<object, string>();

/**
 * The brand a request is about: the store's brand when a store is named, otherwise the
 * installation's first brand (most installations run one). `not_found` when there is none.
 */
export async function resolveBrandId(ctx: Ctx, storeId?: string | null): Promise<string> {
  if (storeId) return (await findStoreBrand(ctx, storeId)).brandId;
  const known = firstBrand.get(ctx.db);
  if (known) return known;
  const [row] = await ctx.db.select({ id: brands.id }).from(brands).orderBy(asc(brands.createdAt)).limit(1);
  if (!row) throw new AppError('not_found', 'No brand yet: create one first');
  firstBrand.set(ctx.db, row.id);
  return row.id;
}
