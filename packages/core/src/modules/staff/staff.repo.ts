import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Staff } from '@regulars/contracts';
import type { Db } from '../../db/client';
import { staffStores, staffUsers } from './staff.tables';

/** A row of staff_users. */
export type StaffRow = typeof staffUsers.$inferSelect;

/** Turns a row and its store ids into the API shape. */
export function toStaff(row: StaffRow, storeIds: string[] | null): Staff {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Staff['role'],
    storeIds,
    status: row.status as Staff['status'],
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Store ids per staff member; members without rows are absent (every store). */
export async function loadStoreIds(db: Db, staffIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (staffIds.length === 0) return map;
  const rows = await db
    .select()
    .from(staffStores)
    .where(inArray(staffStores.staffId, staffIds))
    .orderBy(asc(staffStores.storeId));
  for (const row of rows) map.set(row.staffId, [...(map.get(row.staffId) ?? []), row.storeId]);
  return map;
}

/** The account with this login e-mail (case-insensitive), if any. */
export async function findStaffRowByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email.toLowerCase()));
  return row;
}

/** The account with this id, if any. */
export async function findStaffRow(db: Db, id: string): Promise<StaffRow | undefined> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
  return row;
}

/** Replaces a staff member's store scope (null: every store). */
export async function replaceStoreIds(db: Db, staffId: string, storeIds: string[] | null): Promise<void> {
  await db.delete(staffStores).where(eq(staffStores.staffId, staffId));
  if (storeIds?.length)
    await db.insert(staffStores).values(storeIds.map((storeId) => ({ staffId, storeId })));
}

/** A page of staff ordered by id, filtered; `scope` limits to staff of those stores. */
export async function queryStaff(
  db: Db,
  filter: {
    role?: string;
    status?: string;
    q?: string;
    storeId?: string;
    scope: string[] | null;
    cursor?: string;
    limit: number;
  },
): Promise<StaffRow[]> {
  const where: SQL[] = [];
  if (filter.role) where.push(eq(staffUsers.role, filter.role));
  if (filter.status) where.push(eq(staffUsers.status, filter.status));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(staffUsers.name, pattern), ilike(staffUsers.email, pattern))!);
  }
  if (filter.cursor) where.push(gt(staffUsers.id, filter.cursor));
  if (filter.storeId) where.push(inStores([filter.storeId]));
  if (filter.scope) where.push(inStores(filter.scope));
  return db
    .select()
    .from(staffUsers)
    .where(and(...where))
    .orderBy(asc(staffUsers.id))
    .limit(filter.limit);
}

function inStores(storeIds: string[]): SQL {
  return sql`exists (select 1 from ${staffStores} where ${staffStores.staffId} = ${staffUsers.id} and ${inArray(staffStores.storeId, storeIds)})`;
}
