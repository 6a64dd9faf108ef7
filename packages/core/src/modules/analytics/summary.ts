/**
 * Builds the per-customer calibration summary (x, t_x, T, mean repeat spend) the BG/NBD and
 * Gamma-Gamma models take, from a transaction log. Conventions of Fader, Hardie & Lee (2005):
 * purchases on the same calendar day are one transaction; x counts repeat (non-first) days.
 */

/** One purchase; `date` is an ISO date ('YYYY-MM-DD', bucketed as written), a Date or epoch ms (UTC day). */
export type Transaction = { customerId: string; date: string | Date | number; amount: number };

/** Time unit of t_x and T. */
export type TimeUnit = 'week' | 'day';

/** Calibration end (inclusive), optional holdout end (inclusive) and the time unit (default week). */
export type SummaryOptions = {
  calibrationEnd: string | Date | number;
  holdoutEnd?: string | Date | number;
  unit?: TimeUnit;
};

/**
 * One customer's summary: x repeat purchase days, t_x and T in `unit` since the first purchase,
 * zbar the mean value of the repeat days (0 if x = 0), `spend` the calibration total including
 * the first day, and `xHoldout` the purchase days after calibration (only with a holdout end).
 */
export type CustomerSummary = {
  customerId: string;
  firstPurchase: string;
  x: number;
  tx: number;
  T: number;
  zbar: number;
  spend: number;
  xHoldout?: number;
};

const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 of a date; throws RangeError on an unreadable date. */
export function toDayNumber(date: string | Date | number): number {
  let ms: number;
  if (typeof date === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Date.parse(date);
  } else ms = typeof date === 'number' ? date : date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`unreadable date: ${String(date)}`);
  return Math.floor(ms / MS_PER_DAY);
}

function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Summarises every customer whose first purchase is on or before the calibration end, in order
 * of first appearance. Transactions after the holdout end (or calibration end) are ignored.
 */
export function buildCustomerSummaries(
  transactions: Iterable<Transaction>,
  options: SummaryOptions,
): CustomerSummary[] {
  const unitDays = (options.unit ?? 'week') === 'week' ? 7 : 1;
  const calibrationEnd = toDayNumber(options.calibrationEnd);
  const holdoutEnd = options.holdoutEnd === undefined ? undefined : toDayNumber(options.holdoutEnd);
  if (holdoutEnd !== undefined && holdoutEnd < calibrationEnd) {
    throw new RangeError('holdout end is before calibration end');
  }
  const lastDay = holdoutEnd ?? calibrationEnd;
  const byCustomer = new Map<string, { days: number[]; amounts: number[] }>();
  for (const t of transactions) {
    if (!Number.isFinite(t.amount)) throw new RangeError(`invalid amount for customer ${t.customerId}`);
    const day = toDayNumber(t.date);
    if (day > lastDay) continue;
    let log = byCustomer.get(t.customerId);
    if (!log) byCustomer.set(t.customerId, (log = { days: [], amounts: [] }));
    log.days.push(day);
    log.amounts.push(t.amount);
  }
  const summaries: CustomerSummary[] = [];
  for (const [customerId, log] of byCustomer) {
    const order = log.days.map((_, i) => i).sort((i, j) => (log.days[i] ?? 0) - (log.days[j] ?? 0));
    const first = log.days[order[0] ?? 0] ?? 0;
    if (first > calibrationEnd) continue;
    let x = 0;
    let lastCalibrationDay = first;
    let repeatSpend = 0;
    let spend = 0;
    let holdoutDays = 0;
    let previousDay = NaN;
    for (const i of order) {
      const day = log.days[i] ?? 0;
      const amount = log.amounts[i] ?? 0;
      const newDay = day !== previousDay;
      previousDay = day;
      if (day > calibrationEnd) {
        if (newDay) holdoutDays++;
        continue;
      }
      spend += amount;
      if (day === first) continue;
      if (newDay) x++;
      lastCalibrationDay = day;
      repeatSpend += amount;
    }
    const summary: CustomerSummary = {
      customerId,
      firstPurchase: isoDay(first),
      x,
      tx: (lastCalibrationDay - first) / unitDays,
      T: (calibrationEnd - first) / unitDays,
      zbar: x > 0 ? repeatSpend / x : 0,
      spend,
    };
    if (holdoutEnd !== undefined) summary.xHoldout = holdoutDays;
    summaries.push(summary);
  }
  return summaries;
}

/** Column-major Float64Arrays of x, tx, T and zbar, ready for the fitting and scoring functions. */
export function toSummaryColumns(rows: readonly CustomerSummary[]): {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  zbar: Float64Array;
} {
  const n = rows.length;
  const columns = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
  };
  rows.forEach((row, i) => {
    columns.x[i] = row.x;
    columns.tx[i] = row.tx;
    columns.T[i] = row.T;
    columns.zbar[i] = row.zbar;
  });
  return columns;
}
