import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from '@regulars/contracts';
import { createTestContext, testBackends } from '../../../test';
import { openDatabase, type DbHandle } from '../../db/client';

const child = fileURLToPath(new URL('./import-crash.child.ts', import.meta.url));

/** 300 orders of 10 lines; every tenth order anonymous, the others spread over 54 customers. */
function fixture(): { csv: string; orders: number; lines: number; customers: number; withGuest: number } {
  const rows = ['receipt,at,sku,item,qty,price,member'];
  const customers = new Set<string>();
  let withGuest = 0;
  for (let i = 1; i <= 300; i++) {
    const member = i % 10 === 0 ? '' : `C${String(i % 60).padStart(3, '0')}`;
    if (member) {
      customers.add(member);
      withGuest++;
    }
    const day = String((i % 28) + 1).padStart(2, '0');
    for (let j = 1; j <= 10; j++)
      rows.push(`R${i},2024-02-${day} 12:${String(j).padStart(2, '0')},I${j},Item ${j},1,${j}.00,${member}`);
  }
  return { csv: `${rows.join('\n')}\n`, orders: 300, lines: 3000, customers: customers.size, withGuest };
}

const mapping = {
  name: 'crash',
  kind: 'orders',
  identities: [{ column: 'member', kind: 'app_member' }],
  columns: {
    orderId: 'receipt',
    placedAt: 'at',
    sku: 'sku',
    itemName: 'item',
    quantity: 'qty',
    unitPrice: 'price',
  },
};

type Outcome = { progress: number; job: ImportJob | null; killed: boolean };

/** Runs the child; with `killAfter`, sends SIGKILL once it reports that many rows. */
function runChild(args: string[], killAfter?: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const outcome: Outcome = { progress: 0, job: null, killed: false };
    let buffered = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('progress ')) outcome.progress = Number(line.slice(9));
        if (line.startsWith('done ')) outcome.job = JSON.parse(line.slice(5)) as ImportJob;
      }
      if (killAfter !== undefined && outcome.progress >= killAfter && !outcome.killed) {
        outcome.killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('close', () => resolve(outcome));
  });
}

async function counts(handle: DbHandle) {
  const result = await handle.db.execute(sql`select
      (select count(*)::int from orders where source = 'import:crash') as orders,
      (select count(*)::int from order_lines l join orders o on o.id = l.order_id where o.source = 'import:crash') as lines,
      (select count(distinct external_id)::int from orders where source = 'import:crash') as distinct_orders,
      (select count(*)::int from orders where source = 'import:crash' and guest_id is null) as anonymous,
      (select count(*)::int from guests) as guests,
      (select count(*)::int from guest_identities) as identities,
      (select coalesce(sum(visits), 0)::int from guests) as visits,
      (select coalesce(sum(spend_fen), 0)::bigint from guests) as spend,
      (select coalesce(sum(gross_fen), 0)::bigint from orders where source = 'import:crash') as gross,
      (select status from import_jobs limit 1) as status,
      (select processed_rows from import_jobs limit 1) as processed`);
  return (result as unknown as { rows: Array<Record<string, unknown>> }).rows[0]!;
}

describe.each(testBackends())('an import killed with SIGKILL on %s', (backend) => {
  it('resumes to exactly the result of an uninterrupted import, with no duplicate', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'regulars-import-crash-'));
    const data = fixture();
    const file = path.join(dir, 'crash.csv');
    const mappingFile = path.join(dir, 'mapping.json');
    writeFileSync(file, data.csv);
    writeFileSync(mappingFile, JSON.stringify(mapping));
    // PostgreSQL: a scratch database of the run's template (its URL read from the test's pool);
    // embedded: a data folder, since the child process needs a database of its own on disk.
    const scratch = backend === 'postgres' ? await createTestContext('postgres') : undefined;
    const url =
      scratch &&
      (scratch.handle.raw as unknown as { options: { connectionString: string } }).options.connectionString;
    const where = url ?? path.join(dir, 'db');
    const open = () =>
      url ? openDatabase({ kind: 'postgres', url }) : openDatabase({ kind: 'pglite', dataDir: where });
    const args = [where, file, mappingFile, randomBytes(32).toString('hex')];
    try {
      const killed = await runChild(args, 1200);
      expect(killed.killed).toBe(true);
      expect(killed.job).toBeNull();
      let handle = await open();
      const halfway = await counts(handle);
      await handle.close();
      expect(halfway.status).toBe('running');
      expect(Number(halfway.processed)).toBeGreaterThan(0);
      expect(Number(halfway.processed)).toBeLessThan(data.lines);
      expect(Number(halfway.orders)).toBeLessThan(data.orders);

      const resumed = await runChild(args);
      expect(resumed.job).toMatchObject({ status: 'finished', processedRows: data.lines });
      expect(resumed.job!.report).toMatchObject({
        rows: data.lines,
        goodRows: data.lines,
        orders: { created: data.orders, lines: data.lines, anonymous: data.orders - data.withGuest },
        guests: { created: data.customers, withOrders: data.customers },
      });
      const again = await runChild(args);
      expect(again.job!.id).toBe(resumed.job!.id);

      handle = await open();
      const final = await counts(handle);
      await handle.close();
      expect(final).toMatchObject({
        orders: data.orders,
        distinct_orders: data.orders,
        lines: data.lines,
        anonymous: data.orders - data.withGuest,
        guests: data.customers,
        identities: data.customers,
        visits: data.withGuest,
        status: 'finished',
      });
      expect(Number(final.gross)).toBe(data.orders * 5500);
      expect(Number(final.spend)).toBe(data.withGuest * 5500);
    } finally {
      await scratch?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
