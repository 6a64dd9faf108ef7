import { LOYALTY_HIGH_THRESHOLD } from './loyalty-coefficient';

/** One guest's coefficient with their brand and the stores they ordered at in the period. */
export type LoyaltyRow = {
  guestId: string;
  brandId: string;
  storeIds: readonly string[];
  coefficient: number;
};

/** Guests counted, mean coefficient and share of guests strictly above {@link LOYALTY_HIGH_THRESHOLD}. */
export type LoyaltyAggregate = { guests: number; mean: number; shareAbove60: number };

/** Aggregates per brand and per store, each sorted by id. */
export type LoyaltyAggregates = {
  brands: ({ brandId: string } & LoyaltyAggregate)[];
  stores: ({ storeId: string; brandId: string } & LoyaltyAggregate)[];
};

type Accumulator = { guests: number; sum: number; high: number };

function add(map: Map<string, Accumulator>, key: string, coefficient: number): void {
  const acc = map.get(key) ?? { guests: 0, sum: 0, high: 0 };
  acc.guests++;
  acc.sum += coefficient;
  if (coefficient > LOYALTY_HIGH_THRESHOLD) acc.high++;
  map.set(key, acc);
}

const finish = (acc: Accumulator): LoyaltyAggregate => ({
  guests: acc.guests,
  mean: acc.guests > 0 ? acc.sum / acc.guests : 0,
  shareAbove60: acc.guests > 0 ? acc.high / acc.guests : 0,
});

/**
 * Mean coefficient and share above 60 per brand and per store. A guest counts once in their brand
 * and once in each store they ordered at; rows may repeat a guest (e.g. one row per store).
 */
export function aggregateLoyalty(rows: readonly LoyaltyRow[]): LoyaltyAggregates {
  const brands = new Map<string, Accumulator>();
  const stores = new Map<string, Accumulator>();
  const storeBrand = new Map<string, string>();
  const seenInBrand = new Set<string>();
  const seenInStore = new Set<string>();
  for (const row of rows) {
    if (!(Number.isFinite(row.coefficient) && row.coefficient >= 0 && row.coefficient <= 100)) {
      throw new RangeError(`coefficient of guest ${row.guestId} is outside 0–100: ${row.coefficient}`);
    }
    const guestKey = JSON.stringify([row.brandId, row.guestId]);
    if (!seenInBrand.has(guestKey)) add(brands, row.brandId, row.coefficient);
    seenInBrand.add(guestKey);
    for (const storeId of row.storeIds) {
      const visitKey = JSON.stringify([storeId, row.guestId]);
      if (seenInStore.has(visitKey)) continue;
      seenInStore.add(visitKey);
      add(stores, storeId, row.coefficient);
      storeBrand.set(storeId, row.brandId);
    }
  }
  const byKey = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    brands: byKey([...brands]).map(([brandId, acc]) => ({ brandId, ...finish(acc) })),
    stores: byKey([...stores]).map(([storeId, acc]) => ({
      storeId,
      brandId: storeBrand.get(storeId) ?? '',
      ...finish(acc),
    })),
  };
}
