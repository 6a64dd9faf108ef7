import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Brand, CreateBrandInput, CreateStoreInput, Store, UpdateStoreInput } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { authorize, storeScope } from '../staff/authorize';
import { brands, stores } from './org.tables';

type BrandRow = typeof brands.$inferSelect;
type StoreRow = typeof stores.$inferSelect;

const toBrand = (row: BrandRow): Brand => ({ ...row, createdAt: row.createdAt.toISOString() });
const toStore = (row: StoreRow): Store => ({
  ...row,
  districtType: row.districtType as Store['districtType'],
  status: row.status as Store['status'],
  createdAt: row.createdAt.toISOString(),
});

/** Every brand of the installation. */
export async function listBrands(ctx: Ctx): Promise<Brand[]> {
  authorize(ctx, 'org.read');
  const rows = await ctx.db.select().from(brands).orderBy(asc(brands.createdAt));
  return rows.map(toBrand);
}

/** Creates a brand. */
export async function createBrand(ctx: Ctx, input: CreateBrandInput): Promise<Brand> {
  authorize(ctx, 'org.manage');
  const [row] = await ctx.db
    .insert(brands)
    .values({ id: newId('brd'), name: input.name, currency: input.currency, createdAt: ctx.clock.now() })
    .returning();
  await recordAudit(ctx, { action: 'brand.create', entityType: 'brand', entityIds: [row!.id] });
  return toBrand(row!);
}

/** The stores the actor may see, optionally of one brand, ordered by code. */
export async function listStores(ctx: Ctx, filter: { brandId?: string } = {}): Promise<Store[]> {
  authorize(ctx, 'org.read');
  const scope = storeScope(ctx.actor);
  const rows = await ctx.db
    .select()
    .from(stores)
    .where(
      and(
        filter.brandId ? eq(stores.brandId, filter.brandId) : undefined,
        scope ? inArray(stores.id, scope) : undefined,
      ),
    )
    .orderBy(asc(stores.code));
  return rows.map(toStore);
}

/** One store the actor may see; throws not_found otherwise. */
export async function getStore(ctx: Ctx, storeId: string): Promise<Store> {
  authorize(ctx, 'org.read', { storeId });
  const [row] = await ctx.db.select().from(stores).where(eq(stores.id, storeId));
  if (!row) throw new AppError('store_not_found', `No store ${storeId}`);
  return toStore(row);
}

/** Opens a store of a brand. Codes are unique within a brand. */
export async function createStore(ctx: Ctx, input: CreateStoreInput): Promise<Store> {
  authorize(ctx, 'org.manage');
  const [brand] = await ctx.db.select().from(brands).where(eq(brands.id, input.brandId));
  if (!brand) throw new AppError('not_found', `No brand ${input.brandId}`);
  const [clash] = await ctx.db
    .select({ id: stores.id })
    .from(stores)
    .where(and(eq(stores.brandId, input.brandId), eq(stores.code, input.code)));
  if (clash) throw new AppError('conflict', `Store code ${input.code} is already used`, { field: 'code' });
  const [row] = await ctx.db
    .insert(stores)
    .values({ id: newId('sto'), ...input, createdAt: ctx.clock.now() })
    .returning();
  await recordAudit(ctx, {
    action: 'store.create',
    entityType: 'store',
    entityIds: [row!.id],
    storeId: row!.id,
  });
  return toStore(row!);
}

/** Changes a store's name, line, city, district type, time zone or status. */
export async function updateStore(ctx: Ctx, storeId: string, input: UpdateStoreInput): Promise<Store> {
  authorize(ctx, 'org.manage', { storeId });
  const [row] = await ctx.db.update(stores).set(input).where(eq(stores.id, storeId)).returning();
  if (!row) throw new AppError('store_not_found', `No store ${storeId}`);
  await recordAudit(ctx, {
    action: 'store.update',
    entityType: 'store',
    entityIds: [storeId],
    storeId,
    details: { fields: Object.keys(input) },
  });
  return toStore(row);
}
