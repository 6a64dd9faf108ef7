import type { IngestedOrder, OrderInput } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { normaliseIdentities, type ResolvedIdentity } from '../guests';
import { authorize } from '../staff/authorize';
import { insertOrders, type InlineAudit } from './insert-orders.repo';
import { priceOrder, type PricedOrder } from './order-amounts.rules';
import { findOrderDetail, preparedToOrder } from './order-view';
import { prepareOrder, type StoreFacts } from './prepare-order';
import { resolveOrderGuests } from './resolve-order-guests';
import { retryOnDeadlock } from './retry';
import { storeFacts } from './store-facts';

/** Thrown inside the ingest transaction to roll back whatever guest resolution wrote. */
class AlreadyStored extends Error {}

/**
 * Stores one order (parsed with `orderInputSchema`) atomically with its guest's figures, an
 * `order.placed` event and the `order.ingest` audit entry. Idempotent by source + externalId: a
 * repeat returns the stored order with `duplicate: true` and changes nothing.
 */
export async function ingestOrder(ctx: Ctx, input: OrderInput): Promise<IngestedOrder> {
  authorize(ctx, 'orders.write', { storeId: input.storeId });
  const priced = priceOrder(input.lines, input.discountFen);
  if (!priced.ok) {
    throw new AppError('validation_failed', 'The discount is larger than the order', [
      { path: 'discountFen', message: 'must not exceed the sum of the lines' },
    ]);
  }
  const store = await storeFacts(ctx, input.storeId);
  const identities = input.guest ? normaliseIdentities(ctx, input.guest.identities) : [];
  const audit = (guestCreated: boolean): InlineAudit => ({
    storeId: input.storeId,
    details: { source: input.source, channel: input.channel, guestCreated },
  });
  // The usual cases — anonymous, or a guest whose identities are all known — take one statement.
  const prepared = prepareOrder(input, store, priced, null, ctx.clock.now());
  const lookup = identities.length ? { identities, withName: Boolean(input.guest?.name) } : undefined;
  const fast = await retryOnDeadlock(() =>
    insertOrders(ctx, [prepared], { audit: audit(false), ...(lookup ? { lookup } : {}) }),
  );
  const links = fast.inserted.get(prepared.id);
  if (links)
    return {
      order: preparedToOrder({ ...prepared, guestId: fast.lookedUpGuestId }, links),
      duplicate: false,
    };
  if (identities.length === 0 || fast.lookedUpGuestId) return loadDuplicate(ctx, store, input);
  try {
    return await retryOnDeadlock(() => ingestWithNewGuest(ctx, input, store, priced, identities, audit));
  } catch (error) {
    if (!(error instanceof AlreadyStored)) throw error;
    return loadDuplicate(ctx, store, input);
  }
}

/** The long way, in one transaction: resolve (maybe create) the guest, then store the order. */
async function ingestWithNewGuest(
  ctx: Ctx,
  input: OrderInput,
  store: StoreFacts,
  priced: PricedOrder,
  identities: ResolvedIdentity[],
  audit: (guestCreated: boolean) => InlineAudit,
): Promise<IngestedOrder> {
  return ctx.db.transaction(async (tx) => {
    const txCtx: Ctx = { ...ctx, db: tx };
    const [guest] = await resolveOrderGuests(txCtx, [
      {
        brandId: store.brandId,
        storeId: input.storeId,
        channel: input.channel,
        identities,
        ...(input.guest?.name ? { name: input.guest.name } : {}),
      },
    ]);
    const prepared = prepareOrder(input, store, priced, guest!.guestId, ctx.clock.now());
    const links = (await insertOrders(txCtx, [prepared], { audit: audit(guest!.created) })).inserted.get(
      prepared.id,
    );
    if (!links) throw new AlreadyStored();
    return { order: preparedToOrder(prepared, links), duplicate: false };
  });
}

async function loadDuplicate(ctx: Ctx, store: StoreFacts, input: OrderInput): Promise<IngestedOrder> {
  const order = await findOrderDetail(ctx, {
    brandId: store.brandId,
    source: input.source,
    externalId: input.externalId,
  });
  if (!order) throw new AppError('conflict', 'The order could not be stored; send it again');
  return { order, duplicate: true };
}
