import { z } from 'zod';
import { pageQuerySchema } from './common';
import { CHANNELS, identityInputSchema } from './guests';

/** Money in fen (1/100 yuan), never negative on the wire. */
const fen = z.number().int().min(0).max(10_000_000_000);

/** One line of an incoming order. `sku` links it to the menu when known. */
export const orderLineInputSchema = z.strictObject({
  sku: z.string().trim().max(60).optional(),
  name: z.string().trim().min(1).max(120),
  category: z.string().trim().max(60).optional(),
  size: z.string().trim().max(30).optional(),
  quantity: z.number().int().min(1).max(10_000),
  unitPriceFen: fen,
});
/** Parsed form of `orderLineInputSchema`. */
export type OrderLineInput = z.infer<typeof orderLineInputSchema>;

/**
 * An order as POS, app or delivery platforms send it. `source` + `externalId` is unique forever:
 * sending the same pair again returns the first order and changes nothing.
 */
export const orderInputSchema = z.strictObject({
  storeId: z.string().min(1),
  channel: z.enum(CHANNELS),
  source: z.string().trim().min(1).max(40),
  externalId: z.string().trim().min(1).max(120),
  platformOrderId: z.string().trim().max(120).optional(),
  placedAt: z.iso.datetime({ offset: true }),
  guest: z.strictObject({ identities: z.array(identityInputSchema).min(1).max(10), name: z.string().max(80).optional() }).optional(),
  lines: z.array(orderLineInputSchema).min(1).max(500),
  discountFen: fen.default(0),
  paymentMethod: z.string().trim().max(30).optional(),
});
/** Parsed form of `orderInputSchema`. */
export type OrderInput = z.infer<typeof orderInputSchema>;

/** Offline POS backlogs: up to 1,000 orders in one call, each accepted or refused on its own. */
export const orderBatchInputSchema = z.strictObject({ orders: z.array(z.unknown()).min(1).max(1000) });

/** The outcome of one order of a batch. */
export const batchResultSchema = z.object({
  index: z.number().int(),
  status: z.enum(['created', 'duplicate', 'refused']),
  orderId: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

/** Answer to a batch. */
export const orderBatchResultSchema = z.object({
  created: z.number().int(),
  duplicates: z.number().int(),
  refused: z.number().int(),
  results: z.array(batchResultSchema),
});
/** Parsed form of `orderBatchResultSchema`. */
export type OrderBatchResult = z.infer<typeof orderBatchResultSchema>;

/** Order statuses. */
export const ORDER_STATUSES = ['completed', 'partially_refunded', 'refunded', 'cancelled'] as const;

/** Wire shape of an order line. */
export const orderLineSchema = z.object({
  lineNo: z.number().int(),
  itemId: z.string().nullable(),
  sku: z.string().nullable(),
  name: z.string(),
  category: z.string().nullable(),
  size: z.string().nullable(),
  quantity: z.number().int(),
  unitPriceFen: z.number().int(),
  amountFen: z.number().int(),
});

/** Wire shape of an order. */
export const orderSchema = z.object({
  id: z.string(),
  storeId: z.string(),
  guestId: z.string().nullable(),
  channel: z.enum(CHANNELS),
  source: z.string(),
  externalId: z.string(),
  platformOrderId: z.string().nullable(),
  placedAt: z.string(),
  localDate: z.string(),
  grossFen: z.number().int(),
  discountFen: z.number().int(),
  paidFen: z.number().int(),
  refundedFen: z.number().int(),
  paymentMethod: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  itemCount: z.number().int(),
  lines: z.array(orderLineSchema).optional(),
  events: z
    .array(z.object({ kind: z.enum(['refund', 'cancel']), amountFen: z.number().int(), reason: z.string().nullable(), at: z.string() }))
    .optional(),
});
/** Parsed form of `orderSchema`. */
export type Order = z.infer<typeof orderSchema>;

/** A refund (part or all of the paid amount) or a cancellation; `externalId` makes retries no-ops. */
export const orderEventInputSchema = z.strictObject({
  kind: z.enum(['refund', 'cancel']),
  amountFen: fen.optional(),
  reason: z.string().trim().max(200).optional(),
  externalId: z.string().trim().min(1).max(120),
  at: z.iso.datetime({ offset: true }).optional(),
});
/** Parsed form of `orderEventInputSchema`. */
export type OrderEventInput = z.infer<typeof orderEventInputSchema>;

/** Filters of the orders list. */
export const listOrdersQuerySchema = pageQuerySchema.extend({
  storeId: z.string().optional(),
  guestId: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
/** Parsed form of `listOrdersQuerySchema`. */
export type ListOrdersQuery = z.infer<typeof listOrdersQuerySchema>;

/** A menu item. */
export const menuItemSchema = z.object({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  category: z.string(),
  size: z.string().nullable(),
  line: z.string().nullable(),
  priceFen: z.number().int(),
  active: z.boolean(),
  unavailableStoreIds: z.array(z.string()),
});
/** Parsed form of `menuItemSchema`. */
export type MenuItem = z.infer<typeof menuItemSchema>;

/** Create or change a menu item (by sku). */
export const menuItemInputSchema = z.strictObject({
  sku: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(120),
  category: z.string().trim().min(1).max(60),
  size: z.string().trim().max(30).optional(),
  line: z.string().trim().max(30).optional(),
  priceFen: fen,
  active: z.boolean().default(true),
  unavailableStoreIds: z.array(z.string()).default([]),
});
/** Parsed form of `menuItemInputSchema`. */
export type MenuItemInput = z.infer<typeof menuItemInputSchema>;
