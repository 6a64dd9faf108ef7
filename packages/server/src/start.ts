import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import {
  createAppContext,
  prepareInstallation,
  systemActor,
  withActor,
  type AppContext,
  type Config,
} from '@regulars/core';
import { buildApp } from './app';

/** A started server and how to stop it gracefully. */
export type RunningServer = {
  app: FastifyInstance;
  context: AppContext;
  url: string;
  stop: () => Promise<void>;
};

/**
 * Starts Regulars: opens and migrates the database, creates the first owner and the demo brand
 * on a first start, serves the API and console, and prints how to sign in. SIGINT/SIGTERM
 * finish requests in flight, then close the database.
 */
export async function startServer(
  config: Config,
  options: { webDir?: string | false; out?: (line: string) => void; handleSignals?: boolean } = {},
): Promise<RunningServer> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const began = performance.now();
  const context = await createAppContext(config);
  const { owner, demo } = await prepareInstallation(withActor(context.ctx, systemActor('first start')), {
    demo: config.demo,
    onDemoStart: () => out('First start: loading the demo brand (about half a minute)…'),
  });
  if (demo) {
    out(
      `Demo brand loaded: ${demo.stores} stores, ${demo.staff} staff, ${demo.guests} guests, ${demo.orders} orders.`,
    );
  }
  const app = await buildApp({ ctx: context.ctx, handle: context.handle, webDir: options.webDir });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await context.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `Port ${config.port} is already in use. Stop the other program or set PORT to another number.`,
        { cause: error },
      );
    }
    throw error;
  }
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  out('');
  out(
    `Regulars is ready at ${url}  (${context.handle.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}, ${seconds} s)`,
  );
  if (owner) {
    out('');
    out('  First start: sign in as the owner with this one-time password (it is shown only now;');
    out('  you will be asked to choose your own at the first sign-in):');
    out(`  e-mail:   ${owner.email}`);
    out(`  one-time password: ${owner.oneTimePassword}`);
    out(`  Lost it? npm run regulars -- users reset-password ${owner.email}`);
  }
  out(`  API reference: ${url}/api/docs`);
  out('');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await context.close();
    })());
  if (options.handleSignals !== false) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        out(`Stopping (${signal}): finishing requests in flight…`);
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  }
  return { app, context, url, stop };
}
