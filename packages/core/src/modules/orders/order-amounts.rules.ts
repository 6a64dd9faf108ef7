import type { OrderLineInput } from '@regulars/contracts';

/** Priced order: line amounts and totals in fen. */
export type PricedOrder = {
  ok: true;
  lineAmounts: number[];
  grossFen: number;
  discountFen: number;
  paidFen: number;
  itemCount: number;
};

/**
 * Prices an order: each line is quantity × unit price, gross is their sum, paid = gross − discount.
 * A discount above gross is refused (`discount_exceeds_gross`).
 */
export function priceOrder(
  lines: ReadonlyArray<Pick<OrderLineInput, 'quantity' | 'unitPriceFen'>>,
  discountFen: number,
): PricedOrder | { ok: false; reason: 'discount_exceeds_gross' } {
  const lineAmounts = lines.map((l) => l.quantity * l.unitPriceFen);
  const grossFen = lineAmounts.reduce((sum, amount) => sum + amount, 0);
  if (discountFen > grossFen) return { ok: false, reason: 'discount_exceeds_gross' };
  const itemCount = lines.reduce((sum, l) => sum + l.quantity, 0);
  return { ok: true, lineAmounts, grossFen, discountFen, paidFen: grossFen - discountFen, itemCount };
}

/** What a refund leaves: refused when it exceeds what is still refundable (paid − refunded). */
export function applyRefund(
  order: { paidFen: number; refundedFen: number },
  amountFen: number,
):
  | { ok: true; refundedFen: number; status: 'partially_refunded' | 'refunded' }
  | { ok: false; refundableFen: number } {
  const refundableFen = order.paidFen - order.refundedFen;
  if (amountFen > refundableFen) return { ok: false, refundableFen };
  const refundedFen = order.refundedFen + amountFen;
  return { ok: true, refundedFen, status: refundedFen >= order.paidFen ? 'refunded' : 'partially_refunded' };
}
