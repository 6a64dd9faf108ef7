import { DAYPART_NAMES, daypartIndexOfHour, isLocalHour } from './dayparts';

/**
 * Behaviour features per guest for clustering (DAT-2): visit frequency, average ticket, spend,
 * daypart, channel and category mix, and discount sensitivity, from plain order records.
 */

/** One order of a known guest; `localHour` in [0, 24) with the minutes as a fraction; money in fen. */
export type GuestOrderRecord = {
  guestId: string;
  placedAt: Date;
  localHour: number;
  channel: string;
  paidFen: number;
  discountFen: number;
  categories: readonly string[];
};

/** What a feature measures; `key` of a feature names its daypart, channel or category. */
export type FeatureKind =
  'frequency' | 'averageTicket' | 'spend' | 'daypart' | 'channel' | 'category' | 'discount';

/** One column of a feature matrix: its name (e.g. `daypart:breakfast`), kind and key ('' when none). */
export type FeatureInfo = { name: string; kind: FeatureKind; key: string };

/** Row-major matrix: row i = one guest, `values[i·d + j]` = feature j, d = features.length. */
export type FeatureMatrix = { features: readonly FeatureInfo[]; values: Float64Array };

/** A feature matrix with the guest of each row and the records left out (invalid or after `asOf`). */
export type GuestFeatureMatrix = FeatureMatrix & { guestIds: string[]; skipped: number };

/**
 * `asOf` ends the tenure (default: the latest order); `topCategories` (default 5) how many category
 * columns; `minTenureDays` (default 30) the shortest tenure, so a new guest's frequency stays finite.
 */
export type GuestFeatureOptions = { asOf?: Date; topCategories?: number; minTenureDays?: number };

const MS_PER_DAY = 86_400_000;

function isValid(order: GuestOrderRecord): boolean {
  return (
    typeof order.guestId === 'string' &&
    order.guestId !== '' &&
    order.placedAt instanceof Date &&
    Number.isFinite(order.placedAt.getTime()) &&
    isLocalHour(order.localHour) &&
    Number.isFinite(order.paidFen) &&
    order.paidFen >= 0 &&
    Number.isFinite(order.discountFen) &&
    order.discountFen >= 0
  );
}

/** Keys by count descending, then by code-unit order, so columns are deterministic. */
function rankKeys(counts: Map<string, number>, limit: number): string[] {
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, limit)
    .map(([key]) => key);
}

function featureList(channels: readonly string[], categories: readonly string[]): FeatureInfo[] {
  return [
    { name: 'frequency', kind: 'frequency', key: '' },
    { name: 'average_ticket', kind: 'averageTicket', key: '' },
    { name: 'spend', kind: 'spend', key: '' },
    ...DAYPART_NAMES.map((key): FeatureInfo => ({ name: `daypart:${key}`, kind: 'daypart', key })),
    ...channels.map((key): FeatureInfo => ({ name: `channel:${key}`, kind: 'channel', key })),
    ...categories.map((key): FeatureInfo => ({ name: `category:${key}`, kind: 'category', key })),
    { name: 'discount_share', kind: 'discount', key: '' },
  ];
}

/**
 * One row per guest (first-seen order): frequency = orders per 30 days of tenure (asOf − first order,
 * at least `minTenureDays`, and at least 1), average ticket and spend in fen, then shares of the guest's orders per
 * daypart, per channel (all channels seen), containing each top category (by orders), and discounted.
 */
export function guestFeatures(
  orders: readonly GuestOrderRecord[],
  options: GuestFeatureOptions = {},
): GuestFeatureMatrix {
  const asOfMs = options.asOf?.getTime() ?? Infinity;
  const guestOf = new Int32Array(orders.length).fill(-1);
  const guestIndex = new Map<string, number>();
  const guestIds: string[] = [];
  const channelCounts = new Map<string, number>();
  const categoryCounts = new Map<string, number>();
  let latest = -Infinity;
  let skipped = 0;
  orders.forEach((order, i) => {
    if (!isValid(order) || order.placedAt.getTime() > asOfMs) {
      skipped++;
      return;
    }
    let g = guestIndex.get(order.guestId);
    if (g === undefined) {
      g = guestIds.length;
      guestIndex.set(order.guestId, g);
      guestIds.push(order.guestId);
    }
    guestOf[i] = g;
    latest = Math.max(latest, order.placedAt.getTime());
    channelCounts.set(order.channel, (channelCounts.get(order.channel) ?? 0) + 1);
    for (const category of new Set(order.categories)) {
      categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    }
  });
  const channels = rankKeys(channelCounts, Infinity);
  const categories = rankKeys(categoryCounts, options.topCategories ?? 5);
  const features = featureList(channels, categories);
  const d = features.length;
  const n = guestIds.length;
  const channelColumn = new Map(channels.map((c, j) => [c, 3 + DAYPART_NAMES.length + j]));
  const categoryColumn = new Map(
    categories.map((c, j) => [c, 3 + DAYPART_NAMES.length + channels.length + j]),
  );
  const values = new Float64Array(n * d);
  const count = new Float64Array(n);
  const first = new Float64Array(n).fill(Infinity);
  orders.forEach((order, i) => {
    const g = guestOf[i] ?? -1;
    if (g < 0) return;
    const row = g * d;
    count[g] = (count[g] ?? 0) + 1;
    first[g] = Math.min(first[g] ?? Infinity, order.placedAt.getTime());
    values[row + 2] = (values[row + 2] ?? 0) + order.paidFen;
    const bump = (column: number | undefined) => {
      if (column !== undefined) values[row + column] = (values[row + column] ?? 0) + 1;
    };
    bump(3 + daypartIndexOfHour(order.localHour));
    bump(channelColumn.get(order.channel));
    for (const category of new Set(order.categories)) bump(categoryColumn.get(category));
    if (order.discountFen > 0) bump(d - 1);
  });
  const endMs = Number.isFinite(asOfMs) ? asOfMs : latest;
  const minTenure = Math.max(1, options.minTenureDays ?? 30);
  for (let g = 0; g < n; g++) {
    const row = g * d;
    const orderCount = count[g] ?? 1;
    const tenureDays = Math.max(minTenure, (endMs - (first[g] ?? endMs)) / MS_PER_DAY);
    values[row] = (orderCount / tenureDays) * 30;
    values[row + 1] = (values[row + 2] ?? 0) / orderCount;
    for (let j = 3; j < d; j++) values[row + j] = (values[row + j] ?? 0) / orderCount;
  }
  return { guestIds, features, values, skipped };
}
