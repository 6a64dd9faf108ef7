import type { Command } from 'commander';
import {
  btydReport,
  buildCustomerSummaries,
  toDayNumber,
  type BtydInputRow,
  type Transaction,
} from '@regulars/core';
import { column, readCsvRows } from '../csv-source';
import { say } from '../output';
import { parseDay, type DayOrder } from '../parse-day';

type BtydOptions = {
  transactions?: string;
  summary?: string;
  customerCol?: string;
  dateCol?: string;
  amountCol?: string;
  quantityCol?: string;
  calibrationEnd?: string;
  holdoutEnd?: string;
  holdoutPeriods?: string;
  timeUnit: 'week' | 'day';
  dayOrder: DayOrder;
  json?: boolean;
};

/** `regulars analytics btyd`: fits BG/NBD and Gamma-Gamma on a transaction log or a summary file. */
export function registerAnalyticsBtyd(analytics: Command): void {
  analytics
    .command('btyd')
    .description('fit BG/NBD + Gamma-Gamma on a transaction CSV (or a summary CSV) and test on a holdout')
    .option('--transactions <file>', 'transaction log (.csv or .csv.gz), one line per purchase or line item')
    .option(
      '--summary <file>',
      'per-customer summary: customer_id|ID, x, t_x, T|T_weeks[, zbar][, x_star_holdout]',
    )
    .option('--customer-col <name>', 'customer id column (lines without one are skipped and counted)')
    .option('--date-col <name>', 'purchase date column')
    .option('--amount-col <name>', 'amount (or unit price) column; lines with amount ≤ 0 are skipped')
    .option(
      '--quantity-col <name>',
      'quantity column multiplied with the amount; lines with quantity ≤ 0 are skipped',
    )
    .option('--calibration-end <date>', 'last day of the calibration period, YYYY-MM-DD')
    .option('--holdout-end <date>', 'last day of the holdout period, YYYY-MM-DD')
    .option('--holdout-periods <n>', 'with --summary: length of the holdout in time units')
    .option('--time-unit <unit>', 'week or day', 'week')
    .option('--day-order <order>', 'for dates like 3/4/2011: mdy or dmy', 'mdy')
    .option('--json', 'print one JSON object')
    .action(async (opts: BtydOptions) => {
      const { rows, holdoutPeriods, skipped } = opts.summary
        ? await readSummary(opts.summary, opts.holdoutPeriods)
        : await summariseTransactions(opts);
      const report = btydReport(rows, { holdoutPeriods });
      if (opts.json) {
        say(JSON.stringify({ ...report, skipped }));
        return;
      }
      const { r, alpha, a, b, logLikelihood } = report.bgnbd;
      say(`customers: ${report.customers}`);
      say(
        `BG/NBD  r ${r.toFixed(4)}  α ${alpha.toFixed(4)}  a ${a.toFixed(4)}  b ${b.toFixed(4)}  LL ${logLikelihood.toFixed(2)}`,
      );
      if (report.gammaGamma) {
        const g = report.gammaGamma;
        say(
          `Gamma-Gamma  p ${g.p.toFixed(4)}  q ${g.q.toFixed(4)}  γ ${g.gamma.toFixed(4)}  LL ${g.logLikelihood.toFixed(2)}`,
        );
      }
      if (report.holdout)
        say(`holdout: actual ${report.holdout.actual}, predicted ${report.holdout.predicted.toFixed(1)}`);
      if (skipped) say(`skipped lines: ${JSON.stringify(skipped)}`);
    });
}

async function summariseTransactions(opts: BtydOptions) {
  const file = opts.transactions;
  if (!file || !opts.customerCol || !opts.dateCol || !opts.calibrationEnd) {
    throw new Error(
      'Give --transactions FILE with --customer-col, --date-col and --calibration-end (or use --summary FILE)',
    );
  }
  const calibrationEnd = requireDay(opts.calibrationEnd, '--calibration-end');
  const holdoutEnd = opts.holdoutEnd ? requireDay(opts.holdoutEnd, '--holdout-end') : undefined;
  const skipped = { missingCustomer: 0, unreadableDate: 0, nonPositiveAmount: 0, nonPositiveQuantity: 0 };
  const transactions: Transaction[] = [];
  for await (const row of readCsvRows(file, 'reading')) {
    const customerId = column(row, opts.customerCol);
    if (!customerId) {
      skipped.missingCustomer++;
      continue;
    }
    const day = parseDay(column(row, opts.dateCol), opts.dayOrder);
    if (!day) {
      skipped.unreadableDate++;
      continue;
    }
    let amount = opts.amountCol ? Number(column(row, opts.amountCol)) : 0;
    if (opts.amountCol && !(amount > 0)) {
      skipped.nonPositiveAmount++;
      continue;
    }
    if (opts.quantityCol) {
      const quantity = Number(column(row, opts.quantityCol));
      if (!(quantity > 0)) {
        skipped.nonPositiveQuantity++;
        continue;
      }
      amount *= quantity;
    }
    transactions.push({ customerId, date: day, amount });
  }
  const unit = opts.timeUnit === 'day' ? 'day' : 'week';
  const summaries = buildCustomerSummaries(transactions, { calibrationEnd, holdoutEnd, unit });
  const unitDays = unit === 'week' ? 7 : 1;
  const holdoutPeriods = holdoutEnd
    ? (toDayNumber(holdoutEnd) - toDayNumber(calibrationEnd)) / unitDays
    : undefined;
  const rows: BtydInputRow[] = summaries.map((s) => ({ ...s, zbar: opts.amountCol ? s.zbar : 0 }));
  return { rows, holdoutPeriods, skipped };
}

async function readSummary(file: string, holdoutPeriods?: string) {
  const rows: BtydInputRow[] = [];
  for await (const row of readCsvRows(file, 'reading')) {
    rows.push({
      x: Number(column(row, 'x')),
      tx: Number(column(row, 't_x')),
      T: Number(row.T ?? column(row, 'T_weeks')),
      zbar: row.zbar === undefined ? undefined : Number(row.zbar),
      xHoldout: row.x_star_holdout === undefined ? undefined : Number(row.x_star_holdout),
    });
  }
  const bad = rows.findIndex((r) => ![r.x, r.tx, r.T].every(Number.isFinite));
  if (bad >= 0) throw new Error(`Line ${bad + 2}: x, t_x and T must be numbers`);
  return {
    rows,
    holdoutPeriods: holdoutPeriods === undefined ? undefined : Number(holdoutPeriods),
    skipped: undefined,
  };
}

function requireDay(value: string, option: string): string {
  const day = parseDay(value);
  if (!day) throw new Error(`${option}: expected a date such as 2011-09-09, got "${value}"`);
  return day;
}
