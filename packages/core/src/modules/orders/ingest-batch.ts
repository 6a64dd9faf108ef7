import { inArray } from 'drizzle-orm';
import { orderInputSchema, type OrderBatchResult, type OrderInput } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { isAppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { normaliseIdentities, type ResolvedIdentity } from '../guests';
import { stores } from '../org/org.tables';
import { authorize, storeInScope } from '../staff/authorize';
import { insertOrders } from './insert-orders.repo';
import { priceOrder, type PricedOrder } from './order-amounts.rules';
import { findOrderIdsByKey } from './order-view';
import { orderKey, prepareOrder, type PreparedOrder, type StoreFacts } from './prepare-order';
import { resolveOrderGuests } from './resolve-order-guests';
import { retryOnDeadlock } from './retry';

/** Orders per transaction: large enough for set-based statements, small enough to keep locks short. */
const CHUNK_SIZE = 250;
/** Chunks in flight at once: one prepares while another is written. */
const CONCURRENT_CHUNKS = 2;

type BatchResult = OrderBatchResult['results'][number];
type Candidate = {
  index: number;
  input: OrderInput;
  priced: PricedOrder;
  identities: ResolvedIdentity[];
  store: StoreFacts;
  key: string;
};
type BatchState = {
  results: BatchResult[];
  stores: Map<string, StoreFacts | null>;
  /** First accepted occurrence of each order key in this batch. */
  seen: Map<string, number>;
  /** Repeats inside the batch: [index, index of the first occurrence]. */
  repeats: Array<[number, number]>;
};

/**
 * Ingests many orders (a POS backlog, a platform export), each validated with `orderInputSchema`
 * and accepted or refused on its own; stored or repeated ones are duplicates and change nothing.
 * Works in chunks of 250, one transaction and a few set-based statements each.
 */
export async function ingestOrderBatch(ctx: Ctx, orders: unknown[]): Promise<OrderBatchResult> {
  authorize(ctx, 'orders.write');
  const state: BatchState = {
    results: new Array<BatchResult>(orders.length),
    stores: new Map(),
    seen: new Map(),
    repeats: [],
  };
  let next = 0;
  const worker = async () => {
    while (next < orders.length) {
      const start = next;
      next += CHUNK_SIZE;
      await ingestChunk(ctx, orders.slice(start, start + CHUNK_SIZE), start, state);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_CHUNKS }, worker));
  const results = state.results;
  for (const [index, first] of state.repeats) {
    const orderId = results[first]?.orderId;
    results[index] = { index, status: 'duplicate', ...(orderId ? { orderId } : {}) };
  }
  return {
    created: results.filter((r) => r.status === 'created').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    refused: results.filter((r) => r.status === 'refused').length,
    results,
  };
}

async function ingestChunk(ctx: Ctx, chunk: unknown[], offset: number, state: BatchState): Promise<void> {
  const { results } = state;
  const refuse = (index: number, code: string, message: string) => {
    results[index] = { index, status: 'refused', error: { code, message } };
  };
  const parsed: Array<{
    index: number;
    input: OrderInput;
    priced: PricedOrder;
    identities: ResolvedIdentity[];
  }> = [];
  chunk.forEach((raw, i) => {
    const index = offset + i;
    const result = orderInputSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      return refuse(
        index,
        'validation_failed',
        `${issue?.path.join('.') || 'order'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    const input = result.data;
    if (!storeInScope(ctx.actor, input.storeId))
      return refuse(index, 'forbidden', 'Not allowed for this store');
    const priced = priceOrder(input.lines, input.discountFen);
    if (!priced.ok)
      return refuse(index, 'validation_failed', 'discountFen: must not exceed the sum of the lines');
    try {
      const identities = input.guest ? normaliseIdentities(ctx, input.guest.identities) : [];
      parsed.push({ index, input, priced, identities });
    } catch (error) {
      if (!isAppError(error)) throw error;
      refuse(index, error.code, error.message);
    }
  });
  await loadStores(
    ctx,
    parsed.map((p) => p.input.storeId),
    state.stores,
  );

  const candidates: Candidate[] = [];
  for (const p of parsed) {
    const store = state.stores.get(p.input.storeId);
    if (!store) {
      refuse(p.index, 'store_not_found', `No store ${p.input.storeId}`);
      continue;
    }
    const key = orderKey({ brandId: store.brandId, source: p.input.source, externalId: p.input.externalId });
    const first = state.seen.get(key);
    if (first !== undefined) {
      state.repeats.push([p.index, first]);
      continue;
    }
    state.seen.set(key, p.index);
    candidates.push({ ...p, store, key });
  }

  const stored = new Map(
    (
      await findOrderIdsByKey(
        ctx,
        candidates.map((c) => ({
          brandId: c.store.brandId,
          source: c.input.source,
          externalId: c.input.externalId,
        })),
      )
    ).map((row) => [orderKey(row), row.id]),
  );
  const fresh = candidates.filter((c) => {
    const id = stored.get(c.key);
    if (id) results[c.index] = { index: c.index, status: 'duplicate', orderId: id };
    return !id;
  });
  if (fresh.length === 0) return;

  const outcome = await retryOnDeadlock(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx: Ctx = { ...ctx, db: tx };
      const withGuest = fresh.filter((c) => c.identities.length > 0);
      const guests = await resolveOrderGuests(
        txCtx,
        withGuest.map((c) => ({
          brandId: c.store.brandId,
          storeId: c.input.storeId,
          channel: c.input.channel,
          identities: c.identities,
          ...(c.input.guest?.name ? { name: c.input.guest.name } : {}),
        })),
      );
      const guestOf = new Map(withGuest.map((c, i) => [c.index, guests[i]!.guestId]));
      const now = ctx.clock.now();
      const prepared = fresh.map((c) =>
        prepareOrder(c.input, c.store, c.priced, guestOf.get(c.index) ?? null, now),
      );
      const { inserted } = await insertOrders(txCtx, prepared);
      const raced = prepared.filter((o) => !inserted.has(o.id));
      const racedIds = new Map((await findOrderIdsByKey(txCtx, raced)).map((row) => [orderKey(row), row.id]));
      const created = prepared.filter((o) => inserted.has(o.id));
      if (created.length) {
        await recordAudit(txCtx, {
          action: 'order.ingest',
          entityType: 'order',
          entityIds: [
            ...created.map((o) => o.id),
            ...new Set(created.flatMap((o) => (o.guestId ? [o.guestId] : []))),
          ],
          details: { batch: true, orders: created.length },
        });
      }
      return { prepared, inserted: new Set(inserted.keys()), racedIds };
    }),
  );
  outcome.prepared.forEach((order: PreparedOrder, i) => {
    const index = fresh[i]!.index;
    results[index] = outcome.inserted.has(order.id)
      ? { index, status: 'created', orderId: order.id }
      : { index, status: 'duplicate', orderId: outcome.racedIds.get(orderKey(order)) ?? order.id };
  });
}

/** Loads the brand and time zone of stores not seen yet in this batch (null: no such store). */
async function loadStores(
  ctx: Ctx,
  storeIds: string[],
  known: Map<string, StoreFacts | null>,
): Promise<void> {
  const missing = [...new Set(storeIds)].filter((id) => !known.has(id));
  if (missing.length === 0) return;
  const rows = await ctx.db
    .select({ id: stores.id, brandId: stores.brandId, timezone: stores.timezone })
    .from(stores)
    .where(inArray(stores.id, missing));
  for (const id of missing) known.set(id, null);
  for (const row of rows) known.set(row.id, { brandId: row.brandId, timezone: row.timezone });
}
