import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { newId } from '../../ids';
import type { ResolvedIdentity } from '../guests';
import { outboxPublisherLock } from '../events/events.service';
import type { PreparedOrder } from './prepare-order';

/** What the sender's lines became once linked to the menu: item id, and category/size filled in. */
export type LineLink = {
  lineNo: number;
  itemId: string | null;
  category: string | null;
  size: string | null;
};

/**
 * Find the guest of a single order inside the statement: only when every identity is known and
 * belongs to one guest (and, when a name comes with the order, that guest has one already).
 * Otherwise nothing is stored and the caller resolves the guest the long way.
 */
export type GuestLookup = { identities: ResolvedIdentity[]; withName: boolean };

/** Audit entry written by the statement for each inserted order (see `recordAudit`). */
export type InlineAudit = { storeId: string | null; details: Record<string, unknown> };

/** What the statement did: orders inserted (with line links), and the guest the lookup found. */
export type InsertOutcome = { inserted: Map<string, LineLink[]>; lookedUpGuestId: string | null };

/**
 * Rows passed as one JSON parameter, read back as a table. The LIMIT tells the planner how many
 * rows there are (it assumes 100 for any set-returning function), so that joins against large
 * tables use their indexes.
 */
export function recordset(rows: readonly object[], columns: string): SQL {
  return sql`(select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(columns)}) limit ${sql.raw(String(Math.max(rows.length, 1)))})`;
}

/** The rows of a raw statement (both back ends answer `{ rows }`). */
export async function queryRows<T>(ctx: Ctx, query: SQL): Promise<T[]> {
  const result = await ctx.db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/** The parts of Drizzle's database object that run a named (server-side prepared) statement. */
type NamedStatementRunner = {
  dialect?: { sqlToQuery: (query: SQL) => { sql: string; params: unknown[] } };
  _?: {
    session?: {
      prepareQuery: (
        query: { sql: string; params: unknown[] },
        fields: undefined,
        name: string,
        arrayMode: boolean,
      ) => { execute: () => Promise<unknown> };
    };
  };
};
const statementNames = new Map<string, string>();

/**
 * Like `queryRows`, as a named prepared statement: PostgreSQL plans it once per connection and
 * reuses the plan (planning this statement costs more than running it). The name is derived from
 * the SQL text, so equal texts share it.
 */
export async function queryRowsPrepared<T>(ctx: Ctx, query: SQL): Promise<T[]> {
  const runner = ctx.db as unknown as NamedStatementRunner;
  if (!runner.dialect || !runner._?.session) return queryRows(ctx, query);
  const compiled = runner.dialect.sqlToQuery(query);
  let name = statementNames.get(compiled.sql);
  if (!name) {
    name = `regulars_${createHash('sha1').update(compiled.sql).digest('hex').slice(0, 20)}`;
    if (statementNames.size > 1000) statementNames.clear();
    statementNames.set(compiled.sql, name);
  }
  const result = await runner._.session.prepareQuery(compiled, undefined, name, false).execute();
  return (result as { rows: T[] }).rows;
}

/**
 * Stores orders in one (atomic) statement: orders `ON CONFLICT DO NOTHING`, lines linked to the
 * menu, guest figures, item stats, `order.placed` events and optionally audit entries — all only
 * for orders actually inserted, so a retry or a concurrent duplicate changes nothing.
 */
export async function insertOrders(
  ctx: Ctx,
  prepared: PreparedOrder[],
  options: { lookup?: GuestLookup; audit?: InlineAudit } = {},
): Promise<InsertOutcome> {
  const now = ctx.clock.now().toISOString();
  // Single orders repeat the same few statement texts: keep their plans. Batches vary too much.
  const run = prepared.length === 1 ? queryRowsPrepared : queryRows;
  const rows = await run<{
    kind: 'order' | 'line' | 'guest';
    order_id: string | null;
    line_no: number | null;
    item_id: string | null;
    category: string | null;
    size: string | null;
  }>(
    ctx,
    sql`
    with ${guestSource(prepared, options.lookup)},
    input as (
      select x.*, guest.guest_id
      from ${recordset(
        orderRows(prepared),
        `id text, brand_id text, store_id text, channel text, source text, external_id text,
        platform_order_id text, placed_at timestamptz, local_date text, local_hour smallint, local_dow smallint,
        gross_fen bigint, discount_fen bigint, paid_fen bigint, payment_method text, item_count integer,
        guest_key text`,
      )} as x
      ${options.lookup ? sql`cross join guest where guest.guest_id is not null` : sql`left join guest on guest.guest_key = x.guest_key`}
    ), ins as (
      insert into orders (id, brand_id, store_id, guest_id, channel, source, external_id, platform_order_id,
        placed_at, local_date, local_hour, local_dow, gross_fen, discount_fen, paid_fen, refunded_fen,
        payment_method, status, item_count, created_at)
      select id, brand_id, store_id, guest_id, channel, source, external_id, platform_order_id,
        placed_at, local_date, local_hour, local_dow, gross_fen, discount_fen, paid_fen, 0,
        payment_method, 'completed', item_count, ${now}::timestamptz
      from input
      on conflict (brand_id, source, external_id) do nothing
      returning id, brand_id, store_id, guest_id, channel, placed_at, paid_fen, item_count
    ), line_input as (
      select * from ${recordset(
        lineRows(prepared),
        `order_id text, line_no smallint, sku text, name text, category text, size text,
        quantity integer, unit_price_fen bigint, amount_fen bigint`,
      )} as l
    ), lines as (
      insert into order_lines (order_id, line_no, item_id, sku, name, category, size, quantity,
        unit_price_fen, amount_fen)
      select l.order_id, l.line_no, m.id, l.sku, l.name, coalesce(l.category, m.category),
        coalesce(l.size, m.size), l.quantity, l.unit_price_fen, l.amount_fen
      from line_input l
      join ins on ins.id = l.order_id
      left join menu_items m on m.brand_id = ins.brand_id and m.sku = l.sku
      returning order_id, line_no, item_id, category, size
    ), visits as (
      update guests g set
        visits = g.visits + a.orders,
        spend_fen = g.spend_fen + a.paid,
        first_visit_at = least(g.first_visit_at, a.first_at),
        last_visit_at = greatest(g.last_visit_at, a.last_at),
        home_store_id = coalesce(g.home_store_id, a.store_id),
        updated_at = ${now}::timestamptz
      from (
        select guest_id, count(*)::int as orders, sum(paid_fen)::bigint as paid, min(placed_at) as first_at,
          max(placed_at) as last_at, (array_agg(store_id order by placed_at))[1] as store_id
        from ins where guest_id is not null group by guest_id
      ) a
      where g.id = a.guest_id
    ), items as (
      insert into guest_item_stats (guest_id, item_name, quantity, last_at)
      select ins.guest_id, l.name, sum(l.quantity)::int, max(ins.placed_at)
      from line_input l join ins on ins.id = l.order_id
      where ins.guest_id is not null
      group by ins.guest_id, l.name
      order by ins.guest_id, l.name
      on conflict (guest_id, item_name) do update set
        quantity = guest_item_stats.quantity + excluded.quantity,
        last_at = greatest(guest_item_stats.last_at, excluded.last_at)
    ), placed as (
      insert into outbox (topic, entity_id, payload, at)
      select 'order.placed', ins.id, jsonb_build_object('orderId', ins.id, 'brandId', ins.brand_id,
          'storeId', ins.store_id, 'guestId', ins.guest_id, 'channel', ins.channel, 'placedAt', ins.placed_at,
          'paidFen', ins.paid_fen, 'itemCount', ins.item_count),
        ${now}::timestamptz
      from ins cross join ${outboxPublisherLock}
      order by ins.id
    )${options.audit ? sql`, ${auditCte(ctx, prepared, options.audit)}` : sql``}
    select 'order' as kind, id as order_id, null::smallint as line_no, null::text as item_id,
      null::text as category, null::text as size
    from ins
    union all
    select 'line', order_id, line_no, item_id, category, size from lines
    ${options.lookup ? sql`union all select 'guest', guest_id, null, null, null, null from guest` : sql``}`,
  );
  const inserted = new Map<string, LineLink[]>();
  let lookedUpGuestId: string | null = null;
  for (const row of rows) {
    if (row.kind === 'order') inserted.set(row.order_id!, []);
    if (row.kind === 'guest') lookedUpGuestId = row.order_id;
  }
  for (const row of rows) {
    if (row.kind !== 'line') continue;
    inserted
      .get(row.order_id!)
      ?.push({ lineNo: row.line_no!, itemId: row.item_id, category: row.category, size: row.size });
  }
  return { inserted, lookedUpGuestId };
}

/** The `guest` CTE: guest ids known in advance (by `guest_key` = order id), or looked up by identity. */
function guestSource(prepared: PreparedOrder[], lookup: GuestLookup | undefined): SQL {
  if (!lookup) {
    const known = prepared.flatMap((o) => (o.guestId ? [{ guest_key: o.id, guest_id: o.guestId }] : []));
    return sql`guest as (
      select * from ${recordset(known, 'guest_key text, guest_id text')} as k)`;
  }
  const brandId = prepared[0]!.brandId;
  const keys = lookup.identities.map((i) => ({ kind: i.kind, namespace: i.namespace, value_index: i.index }));
  return sql`owners as (
      select coalesce(s.id, g.id) as guest_id,
        case when s.id is null then g.name_enc is null else s.name_enc is null end as name_empty
      from ${recordset(keys, 'kind text, namespace text, value_index text')} as k
      join guest_identities i on i.brand_id = ${brandId} and i.kind = k.kind and i.namespace = k.namespace
        and i.value_index = k.value_index
      join guests g on g.id = i.guest_id
      left join guests s on g.status = 'merged' and s.id = g.merged_into
    ), guest as (
      select case when count(*) = ${keys.length} and count(distinct guest_id) = 1
        ${lookup.withName ? sql`and not bool_or(name_empty)` : sql``} then min(guest_id) end as guest_id
      from owners
    )`;
}

/**
 * One `order.ingest` audit entry per inserted order, as `recordAudit` writes it (actor, request,
 * entity ids [order, guest]), inside the same statement.
 */
function auditCte(ctx: Ctx, prepared: PreparedOrder[], audit: InlineAudit): SQL {
  const at = ctx.clock.now();
  const ids = prepared.map((o) => ({ order_id: o.id, audit_id: newId('aud', at.getTime()) }));
  return sql`audit as (
      insert into audit_log (id, at, actor_kind, actor_id, action, entity_type, entity_ids, store_id,
        purpose, request_id, details)
      select a.audit_id, ${at.toISOString()}::timestamptz, ${ctx.actor.kind}, ${ctx.actor.id}, 'order.ingest', 'order',
        array_remove(array[ins.id, ins.guest_id], null), ${audit.storeId}, null, ${ctx.requestId ?? null},
        ${JSON.stringify(audit.details)}::jsonb
      from ins join ${recordset(ids, 'order_id text, audit_id text')} as a on a.order_id = ins.id
    )`;
}

function orderRows(prepared: PreparedOrder[]) {
  return prepared.map((o) => ({
    id: o.id,
    brand_id: o.brandId,
    store_id: o.storeId,
    channel: o.channel,
    source: o.source,
    external_id: o.externalId,
    platform_order_id: o.platformOrderId,
    placed_at: o.placedAt.toISOString(),
    local_date: o.localDate,
    local_hour: o.localHour,
    local_dow: o.localDow,
    gross_fen: o.grossFen,
    discount_fen: o.discountFen,
    paid_fen: o.paidFen,
    payment_method: o.paymentMethod,
    item_count: o.itemCount,
    guest_key: o.id,
  }));
}

function lineRows(prepared: PreparedOrder[]) {
  return prepared.flatMap((o) =>
    o.lines.map((l) => ({
      order_id: o.id,
      line_no: l.lineNo,
      sku: l.sku,
      name: l.name,
      category: l.category,
      size: l.size,
      quantity: l.quantity,
      unit_price_fen: l.unitPriceFen,
      amount_fen: l.amountFen,
    })),
  );
}
