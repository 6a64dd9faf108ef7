import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createBenchDatabase } from './postgres';

const run = promisify(execFile);

/** What pgbench measured: TPC-B-like transactions per second with `clients` clients. */
export type PgbenchFigures = { tps: number; clients: number; scale: number; seconds: number };

/**
 * The database baseline: `pgbench` (built-in TPC-B-like script) on a scratch database of the same
 * PostgreSQL server, with the same number of clients as the HTTP load. Drops the database after.
 */
export async function measurePgbench(
  adminUrl: string,
  clients: number,
  seconds = 15,
  scale = 10,
): Promise<PgbenchFigures> {
  const database = await createBenchDatabase(adminUrl);
  try {
    await run('pgbench', ['-i', '-q', '-s', String(scale), database.url], { maxBuffer: 16 << 20 });
    const { stdout } = await run(
      'pgbench',
      ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), database.url],
      {
        maxBuffer: 16 << 20,
      },
    );
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return { tps: Number(tps), clients, scale, seconds };
  } finally {
    await database.drop();
  }
}
