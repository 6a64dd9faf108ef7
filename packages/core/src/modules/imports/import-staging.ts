import { sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { copyField } from './csv-writer.rules';

/** The staging tables of one import job (names derived from the job id). */
export type Staging = {
  orders: SQL;
  rows: SQL;
  keys: SQL;
  idents: SQL;
  cancels: SQL;
  guests: SQL;
  names: { orders: string; rows: string; keys: string; idents: string; cancels: string; guests: string };
};

/**
 * Columns of the staged orders, in COPY order: one per order and chunk, with the first row's values
 * and the totals of the order's lines in the chunk.
 */
export const ORDER_COLUMNS = [
  'run',
  'order_ext',
  'order_cand',
  'store_id',
  'placed_at',
  'local_date',
  'local_hour',
  'local_dow',
  'channel',
  'payment_method',
  'customer_key',
  'cancel',
  'gross_fen',
  'item_count',
] as const;

/** Columns of the staged order lines, in COPY order. */
export const ROW_COLUMNS = [
  'run',
  'row_no',
  'order_ext',
  'cancel',
  'line_no',
  'sku',
  'name',
  'category',
  'size',
  'quantity',
  'unit_price_fen',
  'amount_fen',
  'event_cand',
] as const;

/** Columns of the staged customers (one per strongest identity), in COPY order. */
export const KEY_COLUMNS = [
  'run',
  'key',
  'key_no',
  'guest_cand',
  'home_store_id',
  'name_enc',
  'name_index',
  'birthday_enc',
  'birth_month',
  'gender',
  'language',
] as const;

/** Columns of the staged identities, in COPY order. */
export const IDENT_COLUMNS = [
  'run',
  'key',
  'kind',
  'namespace',
  'value_index',
  'value_enc',
  'masked',
  'prio',
  'identity_cand',
  'merge_cand',
] as const;

/** The staging tables of a job. Job ids are `imp_` + 26 base-32 characters, safe as identifiers. */
export function stagingOf(jobId: string): Staging {
  const suffix = jobId.toLowerCase();
  if (!/^imp_[0-9a-z]{26}$/.test(suffix)) throw new Error(`Not an import job id: ${jobId}`);
  const names = {
    orders: `import_orders_${suffix}`,
    rows: `import_rows_${suffix}`,
    keys: `import_keys_${suffix}`,
    idents: `import_idents_${suffix}`,
    cancels: `import_cancels_${suffix}`,
    guests: `import_guests_${suffix}`,
  };
  return {
    orders: sql.raw(`"${names.orders}"`),
    rows: sql.raw(`"${names.rows}"`),
    keys: sql.raw(`"${names.keys}"`),
    idents: sql.raw(`"${names.idents}"`),
    cancels: sql.raw(`"${names.cancels}"`),
    guests: sql.raw(`"${names.guests}"`),
    names,
  };
}

/**
 * Creates a job's staging tables if missing (serialised per job by an advisory lock). They
 * live from the job's first run until it finishes: staged rows carry the run's token, and the
 * cancellations and affected guests collected by committed chunks survive a crash.
 */
export async function createStaging(ctx: Ctx, jobId: string): Promise<Staging> {
  const s = stagingOf(jobId);
  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`import-staging:${jobId}`}, 0))`);
    await tx.execute(sql`create table if not exists ${s.orders} (
      run text not null, order_ext text not null, order_cand text not null, store_id text not null,
      placed_at timestamptz not null, local_date text not null, local_hour smallint not null,
      local_dow smallint not null, channel text not null, payment_method text, customer_key text,
      cancel boolean not null, gross_fen bigint not null, item_count integer not null)`);
    await tx.execute(sql`create table if not exists ${s.rows} (
      run text not null, row_no integer not null, order_ext text not null, cancel boolean not null,
      line_no integer not null, sku text, name text not null, category text, size text,
      quantity integer not null, unit_price_fen bigint not null, amount_fen bigint not null, event_cand text)`);
    await tx.execute(sql`create table if not exists ${s.keys} (
      run text not null, key text not null, key_no integer not null, guest_cand text not null,
      guest_id text, matched boolean not null default false, home_store_id text, name_enc text,
      name_index text, birthday_enc text, birth_month smallint, gender text, language text)`);
    await tx.execute(sql`create table if not exists ${s.idents} (
      run text not null, key text not null, kind text not null, namespace text not null,
      value_index text not null, value_enc text not null, masked text not null, prio smallint not null,
      identity_cand text not null, merge_cand text not null)`);
    await tx.execute(sql`create table if not exists ${s.cancels} (
      row_no integer primary key, invoice text not null, seq integer not null, guest_id text, sku text,
      quantity integer not null, unit_price_fen bigint not null, placed_at timestamptz not null,
      event_cand text not null)`);
    await tx.execute(sql`create table if not exists ${s.guests} (guest_id text primary key)`);
    await tx.execute(sql`create index if not exists ${sql.raw(`"${s.names.keys}_key"`)} on ${s.keys} (key)`);
    await tx.execute(
      sql`create index if not exists ${sql.raw(`"${s.names.idents}_key"`)} on ${s.idents} (key)`,
    );
  });
  return s;
}

/** The staged customer (guest id, key number, matched) of a key: one index probe (LIMIT: never flattened). */
export function keyOf(s: Staging, run: string, key: SQL): SQL {
  return sql`select k.guest_id, k.key_no, k.matched from ${s.keys} k where k.key = ${key} and k.run = ${run} limit 1`;
}

/** Drops a finished job's staging tables (inside the caller's transaction). */
export async function dropStaging(txCtx: Ctx, s: Staging): Promise<void> {
  for (const table of [s.orders, s.rows, s.keys, s.idents, s.cancels, s.guests]) {
    await txCtx.db.execute(sql`drop table if exists ${table}`);
  }
}

/** COPYs CSV text (one line per row, in `columns` order) into a staging table; nothing for no rows. */
export async function copyInto(
  ctx: Ctx,
  table: string,
  columns: readonly string[],
  csv: string,
): Promise<void> {
  if (csv === '') return;
  await ctx.copyRows(table, columns, csv);
}

/** One COPY line of cells. */
export function copyLine(cells: ReadonlyArray<string | number | boolean | null>): string {
  let line = copyField(cells[0]);
  for (let i = 1; i < cells.length; i++) line += `,${copyField(cells[i])}`;
  return `${line}\n`;
}

/** The rows of a raw statement (both back ends answer `{ rows }`). */
export async function rowsOf<T>(ctx: Ctx, query: SQL): Promise<T[]> {
  const result = await ctx.db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/** The single integer a `select count(*)::int as n …` statement answers. */
export async function countOf(ctx: Ctx, query: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number | string | null }>(ctx, query);
  return Number(row?.n ?? 0);
}
