import type { OrderInput } from '@regulars/contracts';
import { newId } from '../../ids';
import { localTime } from './local-time.rules';
import type { PricedOrder } from './order-amounts.rules';

/** One order line ready to store: numbered from 1, amount in fen. */
export type PreparedLine = {
  lineNo: number;
  sku: string | null;
  name: string;
  category: string | null;
  size: string | null;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
};

/** An order ready to store: id given, amounts priced, local time computed, guest resolved. */
export type PreparedOrder = {
  id: string;
  brandId: string;
  storeId: string;
  guestId: string | null;
  channel: OrderInput['channel'];
  source: string;
  externalId: string;
  platformOrderId: string | null;
  placedAt: Date;
  localDate: string;
  localHour: number;
  localDow: number;
  grossFen: number;
  discountFen: number;
  paidFen: number;
  paymentMethod: string | null;
  itemCount: number;
  lines: PreparedLine[];
};

/** The store facts ingest needs. */
export type StoreFacts = { brandId: string; timezone: string };

/** Builds the stored form of a validated, priced order (no I/O). */
export function prepareOrder(
  input: OrderInput,
  store: StoreFacts,
  priced: PricedOrder,
  guestId: string | null,
  now: Date,
): PreparedOrder {
  const placedAt = new Date(input.placedAt);
  const local = localTime(placedAt, store.timezone);
  return {
    id: newId('ord', now.getTime()),
    brandId: store.brandId,
    storeId: input.storeId,
    guestId,
    channel: input.channel,
    source: input.source,
    externalId: input.externalId,
    platformOrderId: input.platformOrderId ?? null,
    placedAt,
    localDate: local.date,
    localHour: local.hour,
    localDow: local.dow,
    grossFen: priced.grossFen,
    discountFen: priced.discountFen,
    paidFen: priced.paidFen,
    paymentMethod: input.paymentMethod ?? null,
    itemCount: priced.itemCount,
    lines: input.lines.map((line, i) => ({
      lineNo: i + 1,
      sku: line.sku || null,
      name: line.name,
      category: line.category || null,
      size: line.size || null,
      quantity: line.quantity,
      unitPriceFen: line.unitPriceFen,
      amountFen: priced.lineAmounts[i]!,
    })),
  };
}

/** The key that makes an order unique forever: brand, source and the sender's order id. */
export function orderKey(o: { brandId: string; source: string; externalId: string }): string {
  return `${o.brandId}\u0000${o.source}\u0000${o.externalId}`;
}
