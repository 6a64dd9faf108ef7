import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { fixedClock, type Clock } from '../src/clock';
import { loadConfig, type Config } from '../src/config';
import { systemActor, type Actor, type Ctx } from '../src/context';
import { openDatabase, type DbHandle } from '../src/db/client';
import { deriveKeyring } from '../src/crypto/field-crypto';
import { createLogger } from '../src/log';
import { createScratchDatabase } from './scratch';

/** The back ends a test file runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function testBackends(): Array<'pglite' | 'postgres'> {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

export type TestContext = {
  ctx: Ctx;
  handle: DbHandle;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  /** The same context acting as someone else. */
  as: (actor: Actor) => Ctx;
  close: () => Promise<void>;
};

/**
 * A freshly migrated database of the given kind (a copy of the run's template) and a context
 * acting as the system, with a fixed clock and cheap password hashing.
 */
export async function createTestContext(
  kind: 'pglite' | 'postgres' = 'pglite',
  overrides: Partial<Config> = {},
): Promise<TestContext> {
  let handle: DbHandle;
  let drop = async () => undefined as void;
  if (kind === 'postgres') {
    const scratch = await createScratchDatabase(
      process.env.DATABASE_URL!,
      'regulars_t',
      inject('postgresTemplate') ?? undefined,
    );
    handle = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 20 });
    drop = scratch.drop;
  } else {
    const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
    handle = await openDatabase({ kind: 'pglite-memory', loadDataDir: blob });
  }
  const config: Config = { ...loadConfig({ LOG_LEVEL: 'silent' }), passwordCost: 2 ** 10, ...overrides };
  const secret = randomBytes(32);
  const clock = fixedClock(new Date('2026-03-02T09:00:00+08:00'));
  const ctx: Ctx = {
    db: handle.db,
    config,
    clock: clock satisfies Clock,
    log: createLogger('silent'),
    secret,
    keyring: deriveKeyring(secret, config.fieldKeyIds),
    copyRows: handle.copyRows,
    actor: systemActor('test'),
  };
  return {
    ctx,
    handle,
    clock,
    config,
    as: (actor) => ({ ...ctx, actor }),
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
