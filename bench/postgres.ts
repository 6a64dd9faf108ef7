import { createScratchDatabase, type ScratchDatabase } from '@regulars/core/testing/scratch';

/** A throw-away PostgreSQL database for one bench run. `drop` is idempotent. */
export type BenchDatabase = ScratchDatabase;

/**
 * Creates `regulars_bench_<random>` on the server of `adminUrl` (only 127.0.0.1/localhost)
 * and returns its URL. Drop it after the servers using it have stopped.
 */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const admin = new URL(adminUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(admin.hostname)) {
    throw new Error(`the bench only talks to a local PostgreSQL, not ${admin.hostname}`);
  }
  return createScratchDatabase(adminUrl, 'regulars_bench');
}
