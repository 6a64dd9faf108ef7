import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ListMenuQuery, MenuItem, MenuItemInput } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { resolveBrandId } from '../org';
import { brands, stores } from '../org/org.tables';
import { authorize } from '../staff/authorize';
import { menuAvailability, menuItems } from './menu.tables';

/**
 * The menu of a brand by category then sku, each item with the stores that do not sell it. With
 * `storeId`, only the active items sold in that store (and the store's brand).
 */
export async function listMenu(ctx: Ctx, query: ListMenuQuery): Promise<MenuItem[]> {
  authorize(ctx, 'menu.read', { storeId: query.storeId });
  const brandId = query.storeId
    ? await resolveBrandId(ctx, query.storeId)
    : await brandOf(ctx, query.brandId);
  const rows = await ctx.db
    .select()
    .from(menuItems)
    .where(eq(menuItems.brandId, brandId))
    .orderBy(asc(menuItems.category), asc(menuItems.sku));
  const unavailable = await unavailableStores(
    ctx,
    rows.map((r) => r.id),
  );
  const items = rows.map((row) => toMenuItem(row, unavailable.get(row.id) ?? []));
  const storeId = query.storeId;
  return storeId ? items.filter((i) => i.active && !i.unavailableStoreIds.includes(storeId)) : items;
}

/**
 * Creates or changes a menu item by sku (unique per brand) and sets the stores that do not sell
 * it (`unavailableStoreIds` replaces the previous list). Idempotent.
 */
export async function upsertMenuItem(
  ctx: Ctx,
  input: MenuItemInput,
): Promise<{ item: MenuItem; created: boolean }> {
  authorize(ctx, 'menu.manage');
  const brandId = await brandOf(ctx, input.brandId);
  const unavailableStoreIds = [...new Set(input.unavailableStoreIds)].sort();
  if (unavailableStoreIds.length) {
    const known = await ctx.db
      .select({ id: stores.id })
      .from(stores)
      .where(and(eq(stores.brandId, brandId), inArray(stores.id, unavailableStoreIds)));
    const missing = unavailableStoreIds.filter((id) => !known.some((k) => k.id === id));
    if (missing.length) {
      throw new AppError('store_not_found', `No store ${missing.join(', ')} in this brand`, {
        field: 'unavailableStoreIds',
        storeIds: missing,
      });
    }
  }
  const now = ctx.clock.now();
  const fields = {
    name: input.name,
    category: input.category,
    size: input.size ?? null,
    line: input.line ?? null,
    priceFen: input.priceFen,
    active: input.active,
  };
  return ctx.db.transaction(async (tx) => {
    const txCtx: Ctx = { ...ctx, db: tx };
    const [existing] = await tx
      .select({ id: menuItems.id })
      .from(menuItems)
      .where(and(eq(menuItems.brandId, brandId), eq(menuItems.sku, input.sku)));
    const [row] = await tx
      .insert(menuItems)
      .values({ id: newId('itm', now.getTime()), brandId, sku: input.sku, ...fields, createdAt: now })
      .onConflictDoUpdate({ target: [menuItems.brandId, menuItems.sku], set: fields })
      .returning();
    await tx.delete(menuAvailability).where(eq(menuAvailability.itemId, row!.id));
    if (unavailableStoreIds.length) {
      await tx
        .insert(menuAvailability)
        .values(unavailableStoreIds.map((storeId) => ({ itemId: row!.id, storeId, available: false })));
    }
    await recordAudit(txCtx, {
      action: existing ? 'menu.update' : 'menu.create',
      entityType: 'menu_item',
      entityIds: [row!.id],
      details: { sku: input.sku },
    });
    return { item: toMenuItem(row!, unavailableStoreIds), created: !existing };
  });
}

function toMenuItem(row: typeof menuItems.$inferSelect, unavailableStoreIds: string[]): MenuItem {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    category: row.category,
    size: row.size,
    line: row.line,
    priceFen: row.priceFen,
    active: row.active,
    unavailableStoreIds,
  };
}

async function brandOf(ctx: Ctx, brandId: string | undefined): Promise<string> {
  if (!brandId) return resolveBrandId(ctx);
  const [row] = await ctx.db.select({ id: brands.id }).from(brands).where(eq(brands.id, brandId));
  if (!row) throw new AppError('not_found', `No brand ${brandId}`, { field: 'brandId' });
  return row.id;
}

async function unavailableStores(ctx: Ctx, itemIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (itemIds.length === 0) return map;
  const rows = await ctx.db
    .select()
    .from(menuAvailability)
    .where(and(inArray(menuAvailability.itemId, itemIds), eq(menuAvailability.available, false)))
    .orderBy(asc(menuAvailability.storeId));
  for (const row of rows) map.set(row.itemId, [...(map.get(row.itemId) ?? []), row.storeId]);
  return map;
}
