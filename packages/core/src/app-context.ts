import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { systemActor, type Ctx } from './context';
import { openDatabase, type DbHandle } from './db/client';
import { migrateDatabase } from './db/migrate';
import { deriveKeyring } from './crypto/field-crypto';
import { createLogger, type Logger } from './log';
import { loadSecret } from './secrets';

/** The process-wide context and its database, ready for use cases. */
export type AppContext = { ctx: Ctx; handle: DbHandle; close: () => Promise<void> };

/**
 * Opens the configured database (PGlite under `dataDir`, or PostgreSQL when DATABASE_URL is
 * set), applies migrations, and builds the base context acting as the system.
 */
export async function createAppContext(
  config: Config,
  options: { log?: Logger; clock?: Clock; migrate?: boolean } = {},
): Promise<AppContext> {
  const log = options.log ?? createLogger(config.logLevel);
  const handle = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
  if (options.migrate !== false) await migrateDatabase(handle);
  const { key } = loadSecret(config);
  const ctx: Ctx = {
    db: handle.db,
    config,
    clock: options.clock ?? systemClock,
    log,
    secret: key,
    keyring: deriveKeyring(key, config.fieldKeyIds),
    copyRows: handle.copyRows,
    actor: systemActor('start-up'),
  };
  return { ctx, handle, close: () => handle.close() };
}
