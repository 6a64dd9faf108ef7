import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { keyOf, rowsOf, type Staging } from './import-staging';

/** What one chunk added: orders (and how many of them anonymous) and lines. */
export type ChunkOrders = { created: number; anonymous: number; lines: number };

/**
 * Moves a chunk of staged orders and lines into `orders` and `order_lines`, set-based, inside
 * the caller's transaction. Orders are unique by (brand, source, external id) and lines by
 * (order, line number), both inserted with ON CONFLICT DO NOTHING, so a repeated chunk changes
 * nothing. A new order gets the totals of its staged lines; the rows of one order may span chunks,
 * and an existing order's totals grow by the lines actually inserted. Cancellation lines are kept aside for the end of the import.
 */
export async function mergeStagedOrders(
  txCtx: Ctx,
  s: Staging,
  input: { brandId: string; source: string; run: string; now: Date; hasCancellations: boolean },
): Promise<ChunkOrders> {
  const { brandId, source, run } = input;
  const now = input.now.toISOString();
  const [inserted] = await rowsOf<{ created: number; anonymous: number }>(
    txCtx,
    sql`with ins as (
      insert into orders (id, brand_id, store_id, guest_id, channel, source, external_id, placed_at,
        local_date, local_hour, local_dow, gross_fen, discount_fen, paid_fen, refunded_fen, payment_method,
        status, item_count, created_at)
      select d.order_cand, ${brandId}, d.store_id, k.guest_id, d.channel, ${source}, d.order_ext, d.placed_at,
        d.local_date, d.local_hour, d.local_dow, d.gross_fen, 0, d.gross_fen, 0, d.payment_method, 'completed',
        d.item_count, ${now}::timestamptz
      from ${s.orders} d
      left join lateral (${keyOf(s, run, sql`d.customer_key`)}) k on true
      where d.run = ${run} and not d.cancel
      on conflict (brand_id, source, external_id) do nothing
      returning guest_id
    ) select count(*)::int as created, count(*) filter (where guest_id is null)::int as anonymous from ins`,
  );
  // The chunk's order ids by external id (created now, or earlier: then the totals staged for this
  // chunk are not in them yet): one index probe per order.
  await txCtx.db.execute(sql`create temp table import_chunk_orders on commit drop as
    select d.order_ext, o.id, o.id <> d.order_cand as existed from ${s.orders} d
    cross join lateral (select o.id from orders o where o.brand_id = ${brandId} and o.source = ${source}
      and o.external_id = d.order_ext limit 1) o
    where d.run = ${run} and not d.cancel`);
  await txCtx.db.execute(sql`analyze import_chunk_orders`);
  // Lines; an order created by an earlier chunk or run has its totals raised by exactly the lines
  // inserted now (a line already there is skipped and not counted again).
  const [lines] = await rowsOf<{ n: number }>(
    txCtx,
    sql`with menu as materialized (
      select x.sku, m.id, m.category, m.size
      from (select distinct sku from ${s.rows} where run = ${run} and sku is not null) x
      cross join lateral (select m.id, m.category, m.size from menu_items m
        where m.brand_id = ${brandId} and m.sku = x.sku limit 1) m
    ), ins as (
      insert into order_lines (order_id, line_no, item_id, sku, name, category, size, quantity,
        unit_price_fen, amount_fen)
      select c.id, r.line_no, m.id, r.sku, r.name, coalesce(r.category, m.category), coalesce(r.size, m.size),
        r.quantity, r.unit_price_fen, r.amount_fen
      from ${s.rows} r
      join import_chunk_orders c on c.order_ext = r.order_ext
      left join menu m on m.sku = r.sku
      where r.run = ${run} and not r.cancel
      on conflict (order_id, line_no) do nothing
      returning order_id, quantity, amount_fen
    ), totals as (
      update orders o set gross_fen = o.gross_fen + t.gross,
        paid_fen = greatest(o.gross_fen + t.gross - o.discount_fen, 0), item_count = o.item_count + t.items
      from (
        select i.order_id, sum(i.amount_fen)::bigint as gross, sum(i.quantity)::int as items
        from ins i join import_chunk_orders c on c.id = i.order_id and c.existed
        group by i.order_id
      ) t
      where o.id = t.order_id
    ) select count(*)::int as n from ins`,
  );
  await txCtx.db.execute(sql`drop table import_chunk_orders`);
  if (input.hasCancellations) {
    await txCtx.db.execute(sql`insert into ${s.cancels} (row_no, invoice, seq, guest_id, sku, quantity,
      unit_price_fen, placed_at, event_cand)
    select r.row_no, r.order_ext, r.line_no, k.guest_id, coalesce(r.sku, r.name), r.quantity, r.unit_price_fen,
      d.placed_at, r.event_cand
    from ${s.rows} r
    join ${s.orders} d on d.run = ${run} and d.order_ext = r.order_ext
    left join lateral (${keyOf(s, run, sql`d.customer_key`)}) k on true
    where r.run = ${run} and r.cancel
    on conflict (row_no) do nothing`);
  }
  return { created: inserted?.created ?? 0, anonymous: inserted?.anonymous ?? 0, lines: lines?.n ?? 0 };
}

/**
 * Empties the staged rows once a chunk is merged. TRUNCATE (no dead rows left behind, which the
 * embedded database would never vacuum) also drops rows another run of the same job may have
 * staged: that run's checkpoint no longer matches, so its transaction rolls back anyway.
 */
export async function clearStaged(txCtx: Ctx, s: Staging): Promise<void> {
  await txCtx.db.execute(sql`truncate ${s.orders}, ${s.rows}, ${s.keys}, ${s.idents}`);
}
