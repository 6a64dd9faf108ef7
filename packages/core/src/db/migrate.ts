import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { DbHandle } from './client';

/** Folder of the committed, forward-only SQL migrations. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

const LOCK_KEY = 7_422_031; // any constant: serialises migrations of several processes

/**
 * Applies pending migrations. On PostgreSQL an advisory lock lets several processes start
 * together safely. Idempotent.
 */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(drizzlePglite(handle.raw as PGlite), { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = await (handle.raw as pg.Pool).connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

/** True when the database answers and every migration has been applied. */
export async function isDatabaseReady(handle: DbHandle): Promise<boolean> {
  try {
    await handle.db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}
