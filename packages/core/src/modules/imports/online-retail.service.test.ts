import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, testBackends, type TestContext } from '../../../test';
import { runImport } from './run-import';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const file = path.resolve(repoRoot, '../shared/datasets/online_retail_uci/online_retail_DEV.csv.gz');
const mappingFile = path.resolve(repoRoot, 'packages/cli/mappings/online_retail.json');
const present = existsSync(file);
if (!present) console.info(`[regulars] ${file} is absent: the Online Retail import test is skipped`);

describe.skipIf(!present).each(testBackends())('importing the real Online Retail file on %s', (backend) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(backend);
    await seedOrg(t.ctx, 1);
  });
  afterAll(() => t.close());

  it('lands 10,472 invoices of 2,190 customers (2,172 with orders) and reports cancellations and other quirks', async () => {
    const job = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'online_retail_DEV.csv.gz',
      bytes: readFileSync(file),
      mapping: JSON.parse(readFileSync(mappingFile, 'utf8')),
      store: 'S1',
    });
    const report = job.report!;
    console.info(
      `[regulars] Online Retail on ${backend}: ${report.seconds} s, ${report.rowsPerSecond} rows/s`,
    );
    expect(report).toMatchObject({
      rows: 278_806,
      goodRows: 278_806,
      badRows: 0,
      guests: { created: 2190, matched: 0, identitiesAttached: 2190, withOrders: 2172 },
      orders: { inFile: 10_472, created: 10_472, anonymous: 1116, lines: 273_358 },
      cancellations: {
        invoices: 1912,
        lines: 4794,
        matchedLines: 3703,
        unmatchedLines: 1091,
        refundedFen: 18_444_260,
      },
    });
    expect(Object.fromEntries(Object.entries(report.quirks).map(([k, v]) => [k, v.count]))).toEqual({
      cancellation: 4794,
      missing_customer: 70_598,
      negative_quantity: 653,
      negative_price: 1,
      zero_price: 620,
      duplicate_line: 2573,
    });
    const totals = await t.ctx.db.execute(sql`select
        (select count(*)::int from orders) as orders,
        (select count(*)::int from orders where guest_id is null) as anonymous,
        (select count(*)::int from order_lines) as lines,
        (select count(*)::int from order_events where kind = 'refund') as refunds,
        (select count(*)::int from guests) as guests,
        (select sum(visits)::int from guests) as visits,
        (select (sum(gross_fen) - (select sum(amount_fen) from order_lines))::int from orders) as gap`);
    expect((totals as unknown as { rows: unknown[] }).rows[0]).toEqual({
      orders: 10_472,
      anonymous: 1116,
      lines: 273_358,
      refunds: 3703,
      guests: 2190,
      visits: 9356,
      gap: 0,
    });
  }, 300_000);
});
