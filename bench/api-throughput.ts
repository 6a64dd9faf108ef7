import { runLoad, type LoadFigures } from './load';
import { findFreePort } from '@regulars/core/testing/scratch';
import { spawnNode, waitUntilReady, type ServerProcess } from './server-process';
import type { Session } from './sign-in';

/**
 * The baseline: a plain Fastify child process answering `GET /constant` with a constant JSON,
 * loaded with the same autocannon settings as the API. Stops the child afterwards.
 */
export async function measureBaseline(): Promise<LoadFigures> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const baseline = spawnNode('bench/constant-server.ts', [], { ...process.env, PORT: String(port) }, url);
  try {
    await waitUntilReady(baseline, '/constant');
    return await runLoad(`${url}/constant`);
  } finally {
    await baseline.stop();
  }
}

/**
 * Loads `GET <path>` of a running Regulars server (with the owner's session cookie when given).
 * Fails when any answer is not 2xx, so that a figure never counts refusals.
 */
export async function measureRoute(
  server: ServerProcess,
  path: string,
  session?: Session,
): Promise<LoadFigures> {
  const figures = await runLoad(`${server.url}${path}`, session ? { cookie: session.cookie } : {});
  if (figures.non2xx > 0 || figures.errors > 0) {
    throw new Error(`GET ${path} under load: ${figures.non2xx} non-2xx answers, ${figures.errors} errors`);
  }
  return figures;
}
