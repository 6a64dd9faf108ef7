import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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
  copyRows: CopyRows;
  close: () => Promise<void>;
};

/**
 * Bulk-loads CSV text (no header, RFC 4180 quoting) into `table (columns)` with COPY, outside any
 * transaction; returns the number of rows. Table and column names must be trusted identifiers.
 */
export type CopyRows = (table: string, columns: readonly string[], csv: string) => Promise<number>;

function copyStatement(table: string, columns: readonly string[], from: string): string {
  const names = columns.map((c) => `"${c}"`).join(', ');
  return `COPY "${table}" (${names}) FROM ${from} WITH (FORMAT csv)`;
}

function copyIntoPool(pool: pg.Pool): CopyRows {
  return async (table, columns, csv) => {
    const client = await pool.connect();
    try {
      const stream = client.query(copyFrom(copyStatement(table, columns, 'STDIN')));
      await pipeline(Readable.from([Buffer.from(csv)]), stream);
      return Number(stream.rowCount);
    } finally {
      client.release();
    }
  };
}

function copyIntoPglite(client: PGlite): CopyRows {
  return async (table, columns, csv) => {
    const result = await client.query(copyStatement(table, columns, "'/dev/blob'"), [], {
      blob: new Blob([csv]),
    });
    return result.affectedRows ?? 0;
  };
}

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
    return {
      db,
      kind: 'postgres',
      raw: pool,
      copyRows: copyIntoPool(pool),
      close: () => (ended ??= pool.end()),
    };
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
    copyRows: copyIntoPglite(client),
    close: async () => {
      if (!client.closed) {
        if (options.kind === 'pglite') await client.query('CHECKPOINT');
        await client.close();
      }
      await stopFlusher();
    },
  };
}
