import type { Command } from 'commander';
import { evaluateRecommendations, type Similarity } from '@regulars/core';
import { column, readCsvRows } from '../csv-source';
import { say } from '../output';

type EvaluateCliOptions = {
  orders?: string;
  orderCol?: string;
  itemCol?: string;
  customerCol?: string;
  k: string;
  similarity: string;
  json?: boolean;
};

/** `regulars recommend evaluate`: leave-one-item-out hit rate of dish recommendations on an order-line file. */
export function registerRecommendEvaluate(recommend: Command): void {
  recommend
    .command('evaluate')
    .description(
      'hit rate at k of co-occurrence recommendations vs popularity, leaving one item out per order',
    )
    .option('--orders <file>', 'order lines (.csv or .csv.gz), one line per item of an order')
    .option('--order-col <name>', 'order id column (lines where it is empty or NULL are skipped and counted)')
    .option(
      '--item-col <name>',
      'item (dish) column (lines where it is empty or NULL are skipped and counted)',
    )
    .option('--customer-col <name>', 'customer id column, only to report the number of customers')
    .option('--k <n>', 'length of the recommendation list', '5')
    .option('--similarity <measure>', 'cosine, lift or confidence', 'cosine')
    .option('--json', 'print one JSON object')
    .action(async (opts: EvaluateCliOptions) => {
      const { orders: file, orderCol, itemCol } = opts;
      if (!file || !orderCol || !itemCol) {
        throw new Error('Give --orders FILE with --order-col and --item-col');
      }
      const k = Number(opts.k);
      if (!Number.isInteger(k) || k < 1) throw new Error(`--k: expected a whole number ≥ 1, got "${opts.k}"`);
      const similarity = opts.similarity;
      if (similarity !== 'cosine' && similarity !== 'lift' && similarity !== 'confidence') {
        throw new Error(`--similarity: expected cosine, lift or confidence, got "${similarity}"`);
      }
      const read = await readBaskets(file, orderCol, itemCol, opts.customerCol);
      const started = performance.now();
      const report = evaluateRecommendations(read.baskets.values(), {
        k,
        similarity: similarity as Similarity,
      });
      const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
      const { lines, customers, skipped } = read;
      if (opts.json) {
        say(JSON.stringify({ ...report, similarity, lines, customers, skipped, seconds }));
        return;
      }
      say(`lines: ${lines}, orders: ${report.baskets}, items: ${report.items}`);
      if (customers !== undefined) say(`customers: ${customers}`);
      say(`evaluated orders (≥ 2 distinct items): ${report.orders}, held-out items: ${report.heldOut}`);
      say(`hit rate at ${k} (${similarity}): ${(report.hitRate * 100).toFixed(1)}%`);
      say(`popularity hit rate at ${k}: ${(report.popularityHitRate * 100).toFixed(1)}%`);
      if (skipped.emptyOrder || skipped.emptyItem) say(`skipped lines: ${JSON.stringify(skipped)}`);
    });
}

async function readBaskets(file: string, orderCol: string, itemCol: string, customerCol?: string) {
  const baskets = new Map<string, Set<string>>();
  const customers = new Set<string>();
  const skipped = { emptyOrder: 0, emptyItem: 0 };
  let lines = 0;
  for await (const row of readCsvRows(file, 'reading')) {
    lines++;
    const order = present(column(row, orderCol));
    const item = present(column(row, itemCol));
    if (customerCol) {
      const customer = column(row, customerCol);
      if (customer) customers.add(customer);
    }
    if (!order) {
      skipped.emptyOrder++;
      continue;
    }
    if (!item) {
      skipped.emptyItem++;
      continue;
    }
    const basket = baskets.get(order);
    if (basket) basket.add(item);
    else baskets.set(order, new Set([item]));
  }
  return { baskets, lines, customers: customerCol ? customers.size : undefined, skipped };
}

/** SQL exports write missing values as NULL: treat it like an empty cell. */
function present(value: string): string {
  return value.toUpperCase() === 'NULL' ? '' : value;
}
