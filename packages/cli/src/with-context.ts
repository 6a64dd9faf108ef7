import {
  createAppContext,
  loadConfigFromEnvironment,
  systemActor,
  withActor,
  type Ctx,
} from '@regulars/core';

/**
 * Runs a command body against the configured database as the system actor (recorded in the
 * audit log with the command as the reason), then closes the database.
 */
export async function withContext<T>(
  reason: string,
  overrides: Record<string, string | undefined>,
  body: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  const config = loadConfigFromEnvironment({ LOG_LEVEL: 'warn', ...overrides });
  const app = await createAppContext(config);
  try {
    return await body(withActor(app.ctx, systemActor(reason)));
  } finally {
    await app.close();
  }
}
