import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, loadConfig } from '@regulars/core';
import { seedOrg } from '@regulars/core/testing';

const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'regulars-cli-import-'));
const dataDir = path.join(dir, 'data');

function regulars(args: string[]) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', bin, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...inherited, LOG_LEVEL: 'warn' },
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('regulars import', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    const app = await createAppContext(loadConfig({ REGULARS_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    await seedOrg(app.ctx, 1);
    await app.close();
    writeFileSync(
      path.join(dir, 'orders.csv'),
      [
        'Receipt;When;Dish;Qty;Price;Card',
        'T-1;2024/03/01 12:00;Margherita;2;38;C-100',
        'T-1;2024/03/01 12:00;Cola;1;6.5;C-100',
        'T-2;2024/13/01 12:00;Cola;1;6.5;',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'mapping.json'),
      JSON.stringify({
        name: 'till',
        kind: 'orders',
        identities: [{ column: 'Card', kind: 'card' }],
        columns: {
          orderId: 'Receipt',
          placedAt: 'When',
          itemName: 'Dish',
          quantity: 'Qty',
          unitPrice: 'Price',
        },
      }),
    );
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file, prints the report with bad rows by line, and does nothing the second time', () => {
    const args = [
      'import',
      'orders',
      path.join(dir, 'orders.csv'),
      '--mapping',
      path.join(dir, 'mapping.json'),
      '--store',
      'S1',
    ];
    const first = regulars(args);
    expect(first.err).toMatch(/importing rows: 3\/3/);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Import imp_\w+ \(till, orders\.csv\): finished\./);
    expect(first.out).toMatch(/delimiter ";"/);
    expect(first.out).toMatch(/orders: 1 in file, 1 created \(0 anonymous\), 0 already present, 2 lines/);
    expect(first.out).toMatch(/bad unreadable_date: 1 rows \(e\.g\. lines 4\)/);
    const id = /Import (imp_\w+)/.exec(first.out)![1];
    const second = regulars(args);
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/imported before/);
    expect(second.out).toContain(`Import ${id}`);
  });

  it('answers a wrong kind, an unreadable mapping and an unknown store in one line with exit code 2', () => {
    const file = path.join(dir, 'orders.csv');
    const kind = regulars(['import', 'menu', file, '--mapping', path.join(dir, 'mapping.json')]);
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(/validation_failed.*guests or orders/);
    const mapping = regulars(['import', 'orders', file, '--mapping', path.join(dir, 'missing.json')]);
    expect(mapping.code).toBe(2);
    expect(mapping.err).toMatch(/Cannot read the mapping/);
    const store = regulars([
      'import',
      'orders',
      file,
      '--mapping',
      path.join(dir, 'mapping.json'),
      '--store',
      'NOPE',
    ]);
    expect(store.code).toBe(2);
    expect(store.err).toMatch(/store_not_found/);
    expect(store.err).not.toMatch(/\n\s+at /);
  });
});
