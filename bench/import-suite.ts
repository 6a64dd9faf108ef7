import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createAppContext, createBrand, createStore, loadConfig, runImport } from '@regulars/core';
import type { SuiteResult } from './embedded-suite';
import { againstBaseline } from './figures';
import { makeTempDir } from './server-process';
import { TARGETS } from './targets';

const LINES = 1_000_000;
const LINES_PER_ORDER = 3;
const CUSTOMERS = 100_000;
const MAPPING = {
  name: 'bench',
  kind: 'orders',
  identities: [{ column: 'customer_id', kind: 'app_member' }],
  columns: {
    orderId: 'order_id',
    placedAt: 'placed_at',
    sku: 'sku',
    itemName: 'item',
    quantity: 'quantity',
    unitPrice: 'unit_price',
  },
};

/** A CSV of `lines` order lines (3 per order, 100,000 customers, a year of dates). */
export function orderLinesCsv(lines: number): string {
  const rows = ['order_id,placed_at,customer_id,sku,item,quantity,unit_price'];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < lines; i++) {
    const order = Math.floor(i / LINES_PER_ORDER);
    const at = new Date(start + (order % 525_600) * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const sku = `SKU${(i * 7) % 40}`;
    rows.push(
      `B${order},${at},C${order % CUSTOMERS},${sku},Item ${sku},${1 + (i % 3)},${(12 + (i % 50)).toFixed(2)}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

/**
 * CSV import of 1,000,000 order lines into a fresh PostgreSQL database through the import use
 * case (COPY into staging, set-based merge, identity resolution, guest figures), against a raw
 * COPY of the same file into an unindexed table of text columns in the same database.
 */
export async function runImportSuite(databaseUrl: string, log: (line: string) => void): Promise<SuiteResult> {
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REGULARS_DATA_DIR: makeTempDir('import'),
    REGULARS_SECRET: randomBytes(32).toString('hex'),
  });
  const app = await createAppContext(config);
  try {
    const ctx = app.ctx;
    const brand = await createBrand(ctx, { name: 'Bench Import', currency: 'CNY' });
    await createStore(ctx, {
      brandId: brand.id,
      code: 'IMP',
      name: 'Import',
      line: 'pizza',
      city: '上海',
      districtType: 'business',
      timezone: 'Asia/Shanghai',
    });
    log(`import: generating ${LINES.toLocaleString('en')} order lines…`);
    const csv = orderLinesCsv(LINES);
    const body = csv.slice(csv.indexOf('\n') + 1);

    log('import: raw COPY baseline into an unindexed table…');
    await ctx.db.execute(
      sql`create unlogged table bench_raw (order_id text, placed_at text, customer_id text, sku text, item text, quantity text, unit_price text)`,
    );
    const rawStarted = performance.now();
    await ctx.copyRows(
      'bench_raw',
      ['order_id', 'placed_at', 'customer_id', 'sku', 'item', 'quantity', 'unit_price'],
      body,
    );
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    await ctx.db.execute(sql`drop table bench_raw`);

    log('import: regulars import of the same file…');
    const started = performance.now();
    const job = await runImport(ctx, {
      kind: 'orders',
      fileName: 'bench-order-lines.csv',
      bytes: new TextEncoder().encode(csv),
      mapping: MAPPING,
      store: 'IMP',
    });
    const seconds = (performance.now() - started) / 1000;
    const rate = LINES / seconds;
    const rawRate = LINES / rawSeconds;
    return {
      figures: [
        againstBaseline(
          'importPostgres',
          'CSV import of 1M order lines (PostgreSQL)',
          rate,
          { label: `raw COPY ${Math.round(rawRate).toLocaleString('en-US')} rows/s`, value: rawRate },
          TARGETS.minImportRatio,
          `${seconds.toFixed(1)} s for ${LINES.toLocaleString('en-US')} lines, ${job.goodRows.toLocaleString('en-US')} good, ${job.badRows} bad; raw COPY ${rawSeconds.toFixed(1)} s`,
          'rows/s',
        ),
      ],
      raw: { importPostgres: { seconds, rawSeconds, goodRows: job.goodRows, badRows: job.badRows } },
    };
  } finally {
    await app.close();
  }
}
