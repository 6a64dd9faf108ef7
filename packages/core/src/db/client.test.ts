import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';

const writer = fileURLToPath(new URL('../../test/crash-writer.ts', import.meta.url));

describe('the embedded database on disk', () => {
  it('keeps every acknowledged commit after the process is killed with SIGKILL', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'regulars-crash-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let acknowledged = 0;
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          const last = chunk.trim().split('\n').at(-1);
          acknowledged = Math.max(acknowledged, Number(last));
          if (acknowledged >= 300) {
            child.kill('SIGKILL');
            resolve();
          }
        });
        child.on('exit', () => resolve());
        child.on('error', reject);
      });
      await new Promise((r) => child.once('exit', r).once('close', r));
      expect(acknowledged).toBeGreaterThanOrEqual(300);

      const reopened = await openDatabase({ kind: 'pglite', dataDir: dir });
      const result = await (reopened.raw as import('@electric-sql/pglite').PGlite).query<{
        count: number;
        max: number;
      }>('SELECT count(*)::int AS count, max(n) AS max FROM acknowledged');
      await reopened.close();
      const row = result.rows[0]!;
      expect(row.count).toBe(row.max);
      expect(row.max).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('applies migrations idempotently and keeps data across a reopen', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'regulars-reopen-'));
    try {
      const first = await openDatabase({ kind: 'pglite', dataDir: dir });
      await migrateDatabase(first);
      await migrateDatabase(first);
      await (first.raw as import('@electric-sql/pglite').PGlite).query(
        `INSERT INTO brands (id, name) VALUES ('brd_1', 'Kept')`,
      );
      await first.close();
      const second = await openDatabase({ kind: 'pglite', dataDir: dir });
      await migrateDatabase(second);
      const rows = await (second.raw as import('@electric-sql/pglite').PGlite).query<{ name: string }>(
        'SELECT name FROM brands',
      );
      await second.close();
      expect(rows.rows).toEqual([{ name: 'Kept' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
