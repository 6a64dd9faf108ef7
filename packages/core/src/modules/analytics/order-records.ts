/**
 * The plain order record of the descriptive figures (OMNI-2, DAT-1) and its validity rule: records
 * that fail it are left out of every figure and counted.
 */

/**
 * One order; `guestId` null (or '') for an anonymous order. Local date, hour (fractions carry the
 * minutes) and weekday (0 = Monday) are the store's wall clock; `paidFen` in fen.
 */
export type OrderRecord = {
  guestId: string | null;
  storeId: string;
  placedAt: Date;
  localDate: string;
  localHour: number;
  localDow: number;
  channel: string;
  paidFen: number;
};

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a 'YYYY-MM-DD' that exists in the calendar (no 2024-02-30). */
function isCalendarDate(value: unknown): boolean {
  const m = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when the record can be counted: a store, a real date and time, a weekday 0–6, paid ≥ 0. */
export function isValidOrderRecord(order: OrderRecord): boolean {
  return (
    typeof order.storeId === 'string' &&
    order.storeId !== '' &&
    order.placedAt instanceof Date &&
    Number.isFinite(order.placedAt.getTime()) &&
    isCalendarDate(order.localDate) &&
    Number.isFinite(order.localHour) &&
    order.localHour >= 0 &&
    order.localHour < 24 &&
    Number.isInteger(order.localDow) &&
    order.localDow >= 0 &&
    order.localDow <= 6 &&
    typeof order.channel === 'string' &&
    Number.isFinite(order.paidFen) &&
    order.paidFen >= 0
  );
}

/** The valid records and how many were left out. */
export function validOrders(orders: readonly OrderRecord[]): { valid: OrderRecord[]; invalid: number } {
  const valid = orders.filter(isValidOrderRecord);
  return { valid, invalid: orders.length - valid.length };
}

/** The guest of a record, or undefined for an anonymous order. */
export function guestOf(order: OrderRecord): string | undefined {
  return order.guestId === null || order.guestId === '' ? undefined : order.guestId;
}

/** Months since year 0 of a 'YYYY-MM…' date, so consecutive months differ by 1. */
export function monthNumber(localDate: string): number {
  return Number(localDate.slice(0, 4)) * 12 + Number(localDate.slice(5, 7)) - 1;
}

/** 'YYYY-MM' of a month number. */
export function monthLabel(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}
