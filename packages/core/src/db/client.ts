import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';
import { startFlusher } from './flusher';

/** The Drizzle database both back ends share. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database: Drizzle, the kind of back end, and how to close it. */
export type DbHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The raw client, for bulk paths (COPY) that Drizzle does not cover. */
  raw: PGlite | pg.Pool;
  close: () => Promise<void>;
};

/** Where the database is: a PGlite data directory, an in-memory PGlite (tests), or a PostgreSQL URL. */
export type OpenOptions =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Opens the embedded database (PGlite, in `dataDir`) or a PostgreSQL pool. Integers of 64 bits
 * come back as numbers on both back ends (PGlite does this natively; pg is told to).
 */
export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8_OID || oid === NUMERIC_OID
            ? (value: string) => Number(value)
            : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    let ended: Promise<void> | undefined;
    return { db, kind: 'postgres', raw: pool, close: () => (ended ??= pool.end()) };
  }
  let client: PGlite;
  let stopFlusher = async () => undefined as void;
  if (options.kind === 'pglite') {
    const dir = path.resolve(options.dataDir, 'pg');
    mkdirSync(dir, { recursive: true });
    client = await PGlite.create({ dataDir: dir, parsers: { [NUMERIC_OID]: (v: string) => Number(v) } });
    stopFlusher = startFlusher(dir);
  } else {
    client = await PGlite.create({
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { [NUMERIC_OID]: (v: string) => Number(v) },
    });
  }
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    raw: client,
    close: async () => {
      if (!client.closed) {
        if (options.kind === 'pglite') await client.query('CHECKPOINT');
        await client.close();
      }
      await stopFlusher();
    },
  };
}
