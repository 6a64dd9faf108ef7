import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));
const datasets = fileURLToPath(new URL('../../../../shared/datasets/', import.meta.url));
const present = existsSync(datasets);
if (!present)
  console.warn(`[regulars] ${datasets} is absent: analytics validation on shared data sets skipped`);

function btyd(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', bin, 'analytics', 'btyd', ...args, '--json'], {
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { code: run.status, json: run.status === 0 ? JSON.parse(run.stdout) : undefined, err: run.stderr };
}

describe.skipIf(!present)('regulars analytics btyd on the shared data sets', { timeout: 180_000 }, () => {
  it('reproduces the published CDNOW BG/NBD and Gamma-Gamma fits from the summary file', () => {
    const { json } = btyd(['--summary', `${datasets}cdnow/cdnow_customers_summary_with_transactions.csv`]);
    expect(json.customers).toBe(2357);
    expect(json.bgnbd.r).toBeCloseTo(0.243, 3);
    expect(json.bgnbd.alpha).toBeCloseTo(4.414, 2);
    expect(json.bgnbd.a).toBeCloseTo(0.793, 3);
    expect(json.bgnbd.b).toBeCloseTo(2.426, 2);
    expect(json.bgnbd.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(json.gammaGamma.p).toBeCloseTo(6.25, 1);
    expect(json.gammaGamma.q).toBeCloseTo(3.74, 1);
    expect(json.gammaGamma.gamma).toBeCloseTo(15.44, 0);
    expect(json.holdout).toBeNull();
  });

  it('summarises the raw Online Retail log with its quirks and matches the reference fit and holdout', () => {
    const { json, code, err } = btyd([
      '--transactions',
      `${datasets}online_retail_uci/online_retail_DEV.csv.gz`,
      '--customer-col',
      'CustomerID',
      '--date-col',
      'InvoiceDate',
      '--amount-col',
      'UnitPrice',
      '--quantity-col',
      'Quantity',
      '--calibration-end',
      '2011-09-09',
      '--holdout-end',
      '2011-12-09',
    ]);
    expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
    expect(json.customers).toBe(1710);
    // Drop-out is not identifiable here: the fit runs to the NBD boundary (SOURCE.md reference).
    expect(json.bgnbd.r).toBeCloseTo(0.7251, 3);
    expect(json.bgnbd.alpha).toBeCloseTo(9.4799, 2);
    expect(json.bgnbd.logLikelihood).toBeCloseTo(-11673.76, 1);
    expect(json.gammaGamma).toMatchObject({ customers: 991 });
    expect(json.gammaGamma.p).toBeCloseTo(2.6176, 3);
    expect(json.gammaGamma.gamma).toBeCloseTo(353.73, 0);
    expect(json.holdout.actual).toBe(2290);
    expect(json.holdout.predicted).toBeCloseTo(1700.3, 0);
    expect(json.skipped.missingCustomer).toBeGreaterThan(0);
    expect(json.skipped.nonPositiveQuantity).toBeGreaterThan(0);
  });

  it('names the missing column instead of failing obscurely', () => {
    const run = btyd([
      '--transactions',
      `${datasets}online_retail_uci/online_retail_DEV.csv.gz`,
      '--customer-col',
      'Customer',
      '--date-col',
      'InvoiceDate',
      '--calibration-end',
      '2011-09-09',
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Column "Customer" is not in the file\. Columns: InvoiceNo, StockCode/);
  });
});
