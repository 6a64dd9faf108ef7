import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { countOf, rowsOf, type Staging } from './import-staging';

/** How the cancellation lines of a file were recorded. */
export type CancellationOutcome = {
  lines: number;
  invoices: number;
  matchedLines: number;
  refundedFen: number;
};

/**
 * Records the file's cancellation lines (e.g. Online Retail `C…` invoices) as refunds of the
 * original order where it can be identified: the latest earlier order of the same guest, from
 * the same source, with a line of the same item and price and at least the cancelled quantity.
 * One `refund` event per cancellation line (its external id `<invoice>#<line>` makes a re-run a
 * no-op); the orders' refunded amount and status follow from their refund events, capped at
 * what was paid. Lines without a guest or without a match are only counted.
 */
export async function recordCancellations(
  txCtx: Ctx,
  s: Staging,
  input: { brandId: string; source: string },
): Promise<CancellationOutcome> {
  const [totals] = await rowsOf<{ lines: number; invoices: number }>(
    txCtx,
    sql`select count(*)::int as lines, count(distinct invoice)::int as invoices from ${s.cancels}`,
  );
  if (!totals || totals.lines === 0) return { lines: 0, invoices: 0, matchedLines: 0, refundedFen: 0 };
  await txCtx.db.execute(sql`create temp table import_matches on commit drop as
    select distinct on (c.row_no) c.row_no, c.event_cand, c.invoice, c.seq, c.placed_at, o.id as order_id,
      (c.quantity * c.unit_price_fen)::bigint as amount_fen
    from ${s.cancels} c
    cross join lateral (
      select o.id, o.placed_at from orders o
      where o.guest_id = c.guest_id and o.placed_at <= c.placed_at and o.brand_id = ${input.brandId}
        and o.source = ${input.source} and o.status <> 'cancelled'
        and exists (select 1 from order_lines l where l.order_id = o.id and coalesce(l.sku, l.name) = c.sku
          and l.unit_price_fen = c.unit_price_fen and l.quantity >= c.quantity)
      order by o.placed_at desc, o.id desc
      limit 1
    ) o
    where c.guest_id is not null
    order by c.row_no`);
  await txCtx.db
    .execute(sql`insert into order_events (id, order_id, kind, amount_fen, reason, external_id, at)
    select event_cand, order_id, 'refund', amount_fen, 'import: cancellation ' || invoice, invoice || '#' || seq,
      placed_at
    from import_matches
    on conflict (order_id, external_id) do nothing`);
  await txCtx.db.execute(sql`with refunds as (
      select e.order_id, sum(e.amount_fen)::bigint as total
      from order_events e
      where e.kind = 'refund' and e.order_id in (select order_id from import_matches)
      group by e.order_id
    )
    update orders o set refunded_fen = least(o.paid_fen, r.total),
      status = case when least(o.paid_fen, r.total) >= o.paid_fen then 'refunded' else 'partially_refunded' end
    from refunds r
    where o.id = r.order_id and o.status <> 'cancelled' and r.total > 0`);
  const [matched] = await rowsOf<{ lines: number; fen: number }>(
    txCtx,
    sql`select count(*)::int as lines, coalesce(sum(amount_fen), 0)::bigint as fen from import_matches`,
  );
  await txCtx.db.execute(sql`drop table import_matches`);
  return {
    lines: totals.lines,
    invoices: totals.invoices,
    matchedLines: matched?.lines ?? 0,
    refundedFen: Number(matched?.fen ?? 0),
  };
}

/**
 * Recounts the figures of every guest the import gave orders to, from all their orders, one
 * statement per table: visits (orders not cancelled), spend (paid − refunded), first and last
 * visit, home store when empty (the store of the first order), and `guest_item_stats` from the
 * lines. Returns the number of guests with orders.
 */
export async function recountGuests(txCtx: Ctx, s: Staging, now: Date): Promise<number> {
  const at = now.toISOString();
  const recounted = await countOf(
    txCtx,
    sql`with upd as (
      update guests g set
        visits = a.visits, spend_fen = a.spend, first_visit_at = a.first_at, last_visit_at = a.last_at,
        home_store_id = coalesce(g.home_store_id, a.first_store), updated_at = ${at}::timestamptz
      from (
        select o.guest_id,
          count(*) filter (where o.status <> 'cancelled')::int as visits,
          coalesce(sum(o.paid_fen - o.refunded_fen) filter (where o.status <> 'cancelled'), 0)::bigint as spend,
          min(o.placed_at) filter (where o.status <> 'cancelled') as first_at,
          max(o.placed_at) filter (where o.status <> 'cancelled') as last_at,
          (array_agg(o.store_id order by o.placed_at))[1] as first_store
        from orders o
        where o.guest_id in (select guest_id from ${s.guests})
        group by o.guest_id
      ) a
      where g.id = a.guest_id
      returning 1
    ) select count(*)::int as n from upd`,
  );
  await txCtx.db.execute(sql`insert into guest_item_stats (guest_id, item_name, quantity, last_at)
    select o.guest_id, l.name, sum(l.quantity)::int, max(o.placed_at)
    from orders o join order_lines l on l.order_id = o.id
    where o.guest_id in (select guest_id from ${s.guests}) and o.status <> 'cancelled'
    group by o.guest_id, l.name
    order by o.guest_id, l.name
    on conflict (guest_id, item_name) do update set quantity = excluded.quantity, last_at = excluded.last_at`);
  return recounted;
}

/** How many guests the import touched (created or matched), from its staging table. */
export async function countTouchedGuests(txCtx: Ctx, s: Staging): Promise<number> {
  return countOf(txCtx, sql`select count(*)::int as n from ${s.guests}`);
}
