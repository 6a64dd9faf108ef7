import type { SuiteResult } from './embedded-suite';
import { runImportSuite } from './import-suite';
import { runOrdersSuite } from './orders-suite';
import { measurePgbench } from './pgbench';
import { createBenchDatabase } from './postgres';
import { makeTempDir } from './server-process';

/**
 * The guests-and-orders suite on the embedded database and, when DATABASE_URL is set, on
 * PostgreSQL, with pgbench measured once on the same server as the reference for ingest, and
 * the CSV import against a raw COPY (PostgreSQL only).
 */
export async function runOrdersSuites(
  postgresUrl: string | undefined,
  log: (line: string) => void,
): Promise<SuiteResult> {
  const pgbench = postgresUrl ? await measurePgbench(postgresUrl, 16) : undefined;
  if (pgbench) log(`pgbench TPC-B: ${pgbench.tps.toFixed(0)} tps with ${pgbench.clients} clients`);
  const embedded = await runOrdersSuite({ label: 'embedded', dataDir: makeTempDir('orders') }, pgbench, log);
  if (!postgresUrl) return { figures: embedded.figures, raw: { ...embedded.raw, pgbench: null } };
  const database = await createBenchDatabase(postgresUrl);
  try {
    const postgres = await runOrdersSuite(
      { label: 'PostgreSQL', dataDir: makeTempDir('orders-pg'), databaseUrl: database.url },
      pgbench,
      log,
    );
    await database.drop();
    const importDatabase = await createBenchDatabase(postgresUrl);
    try {
      const imported = await runImportSuite(importDatabase.url, log);
      return {
        figures: [...embedded.figures, ...postgres.figures, ...imported.figures],
        raw: { ...embedded.raw, ...postgres.raw, ...imported.raw, pgbench },
      };
    } finally {
      await importDatabase.drop();
    }
  } finally {
    await database.drop();
  }
}
