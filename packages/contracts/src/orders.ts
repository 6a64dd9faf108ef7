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
  guest: z
    .strictObject({
      identities: z.array(identityInputSchema).min(1).max(10),
      name: z.string().max(80).optional(),
    })
    .optional(),
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
    .array(
      z.object({
        kind: z.enum(['refund', 'cancel']),
        amountFen: z.number().int(),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    )
    .optional(),
});
/** Parsed form of `orderSchema`. */
export type Order = z.infer<typeof orderSchema>;

/** A refund (part or all of the paid amount) or a cancellation; `externalId` makes retries no-ops. */
export const orderEventInputSchema = z.strictObject({
  kind: z.enum(['refund', 'cancel']),
  amountFen: fen.optional().describe('refunds only, at least 1; without it, everything still refundable'),
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
  from: z.iso.datetime({ offset: true }).optional().describe('placed at or after (inclusive)'),
  to: z.iso.datetime({ offset: true }).optional().describe('placed before (exclusive)'),
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
  unavailableStoreIds: z.array(z.string()).max(1000).default([]),
  brandId: z.string().optional().describe('defaults to the installation’s first brand'),
});
/** Parsed form of `menuItemInputSchema`. */
export type MenuItemInput = z.infer<typeof menuItemInputSchema>;

/** Menu filters: with `storeId`, only the active items sold in that store. */
export const listMenuQuerySchema = z.strictObject({
  storeId: z.string().optional(),
  brandId: z.string().optional(),
});
/** Parsed form of `listMenuQuerySchema`. */
export type ListMenuQuery = z.infer<typeof listMenuQuerySchema>;

/** The menu of a brand, by category then sku. */
export const menuListSchema = z.object({ items: z.array(menuItemSchema) });

/** Ingest outcome: the order, and whether it was already stored (a retry; nothing changed). */
export type IngestedOrder = { order: Order; duplicate: boolean };

/** Outcome of a refund or cancellation: the order after it, and whether it was a retry. */
export type RecordedOrderEvent = { order: Order; duplicate: boolean };

/** Dayparts of the guest portrait, in order of the day. */
export const DAYPARTS = ['breakfast', 'lunch', 'afternoon', 'dinner', 'late'] as const;
/** One daypart. */
export type Daypart = (typeof DAYPARTS)[number];

/**
 * What a guest buys, when and where (CUS-5, OMNI-2), from their orders that were not cancelled.
 * `weekdays` counts orders Monday first; spend is paid minus refunded, in fen.
 */
export const guestPortraitSchema = z.object({
  guestId: z.string(),
  orders: z.number().int(),
  spendFen: z.number().int(),
  favouriteItems: z.array(z.object({ name: z.string(), quantity: z.number().int(), lastAt: z.string() })),
  dayparts: z.array(z.object({ daypart: z.enum(DAYPARTS), orders: z.number().int() })),
  weekdays: z.array(z.number().int()).length(7),
  channels: z.array(
    z.object({ channel: z.enum(CHANNELS), orders: z.number().int(), spendFen: z.number().int() }),
  ),
  stores: z.array(
    z.object({
      storeId: z.string(),
      storeName: z.string(),
      orders: z.number().int(),
      spendFen: z.number().int(),
    }),
  ),
});
/** Parsed form of `guestPortraitSchema`. */
export type GuestPortrait = z.infer<typeof guestPortraitSchema>;

/** A platform that pushes orders by signed webhook; its secret is never shown again. */
export const integrationSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  source: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
/** Parsed form of `integrationSchema`. */
export type Integration = z.infer<typeof integrationSchema>;

/** Register a webhook sender; `source` is the path segment of `/api/webhooks/:source`. */
export const createIntegrationInputSchema = z.strictObject({
  source: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, - and _ (at most 40)'),
  name: z.string().trim().min(1).max(80),
  brandId: z.string().optional().describe('defaults to the installation’s first brand'),
});
/** Parsed form of `createIntegrationInputSchema`. */
export type CreateIntegrationInput = z.infer<typeof createIntegrationInputSchema>;

/** A new integration and its signing secret, shown this once. */
export const createdIntegrationSchema = z.object({ integration: integrationSchema, secret: z.string() });

/** The integrations of the installation. */
export const integrationListSchema = z.object({ items: z.array(integrationSchema) });
