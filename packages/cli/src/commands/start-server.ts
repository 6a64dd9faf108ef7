import type { Command } from 'commander';
import { loadConfigFromEnvironment } from '@regulars/core';
import { startServer } from '@regulars/server';
import { globalOverrides } from '../global-options';

/** `regulars start`: serves the API and console. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('serve the API and console (first start: creates the owner and loads the demo brand)')
    .option('-p, --port <port>', 'port to listen on (default 3000, or PORT)')
    .option('--host <host>', 'address to listen on (default localhost, or HOST)')
    .option('--no-demo', 'do not load the demo brand into an empty database')
    .option('--dev', 'development mode: do not serve the built console (use the Vite dev server)')
    .action(
      async (opts: { port?: string; host?: string; demo: boolean; dev?: boolean }, command: Command) => {
        const config = loadConfigFromEnvironment({
          ...globalOverrides(command),
          PORT: opts.port,
          HOST: opts.host,
          REGULARS_DEMO: opts.demo ? undefined : 'false',
        });
        await startServer(config, { webDir: opts.dev ? false : undefined });
      },
    );
}
