import { guestOf, monthLabel, monthNumber, validOrders, type OrderRecord } from './order-records';

/**
 * Month-by-month figures of known guests: new against returning guests, and the cohort retention
 * matrix (cohort = month of a guest's first order in the records given).
 */

/** One calendar month ('YYYY-MM'): orders (anonymous included), active guests, of whom new and returning. */
export type MonthFigures = {
  month: string;
  orders: number;
  guests: number;
  newGuests: number;
  returningGuests: number;
};

/**
 * One cohort: its size and, for m = 0, 1, … months after the cohort month up to the last month of
 * the records, the guests with an order in that month and their share of the cohort (retention[0] = 1).
 */
export type CohortRow = { cohort: string; size: number; active: number[]; retention: number[] };

type GuestMonths = { first: Map<string, number>; active: Map<number, Set<string>>; span: [number, number] };

function guestMonths(orders: readonly OrderRecord[]): GuestMonths {
  const first = new Map<string, number>();
  const active = new Map<number, Set<string>>();
  let lo = Infinity;
  let hi = -Infinity;
  for (const order of orders) {
    const month = monthNumber(order.localDate);
    lo = Math.min(lo, month);
    hi = Math.max(hi, month);
    const guest = guestOf(order);
    if (guest === undefined) continue;
    first.set(guest, Math.min(first.get(guest) ?? Infinity, month));
    const set = active.get(month) ?? new Set<string>();
    set.add(guest);
    active.set(month, set);
  }
  return { first, active, span: [lo, hi] };
}

/**
 * Every month from the first to the last order (gaps included, with zeros): orders, active guests,
 * new guests (first order in that month) and returning ones (first order earlier). Invalid records
 * are left out. A guest's first order is the first one in the records: pass the whole history.
 */
export function newVsReturning(orders: readonly OrderRecord[]): MonthFigures[] {
  const { valid } = validOrders(orders);
  const { first, active, span } = guestMonths(valid);
  const counts = new Map<number, number>();
  for (const order of valid) {
    const month = monthNumber(order.localDate);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const out: MonthFigures[] = [];
  for (let month = span[0]; month <= span[1]; month++) {
    const guests = active.get(month) ?? new Set<string>();
    let newGuests = 0;
    for (const guest of guests) if (first.get(guest) === month) newGuests++;
    out.push({
      month: monthLabel(month),
      orders: counts.get(month) ?? 0,
      guests: guests.size,
      newGuests,
      returningGuests: guests.size - newGuests,
    });
  }
  return out;
}

/**
 * The cohort retention matrix of known guests: one row per month in which at least one guest first
 * ordered, oldest first; invalid records are left out.
 */
export function cohortRetention(orders: readonly OrderRecord[]): CohortRow[] {
  const { first, active, span } = guestMonths(validOrders(orders).valid);
  const cohorts = new Map<number, string[]>();
  for (const [guest, month] of first) {
    const members = cohorts.get(month) ?? [];
    members.push(guest);
    cohorts.set(month, members);
  }
  return [...cohorts]
    .sort(([a], [b]) => a - b)
    .map(([month, guests]) => {
      const activeCounts: number[] = [];
      for (let later = month; later <= span[1]; later++) {
        const set = active.get(later);
        activeCounts.push(set ? guests.filter((g) => set.has(g)).length : 0);
      }
      return {
        cohort: monthLabel(month),
        size: guests.length,
        active: activeCounts,
        retention: activeCounts.map((a) => a / guests.length),
      };
    });
}
