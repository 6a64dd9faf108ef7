import type { Command } from 'commander';
import { loadDemo } from '@regulars/core';
import { globalOverrides } from '../global-options';
import { say } from '../output';
import { createProgressBar } from '../progress';
import { withContext } from '../with-context';

/** `regulars demo`: loads the demo brand into an empty database, with a progress bar. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load the demo brand (stores, staff, menu, guests, a year of orders) into an empty database')
    .option('--seed <n>', 'seed of the generator; the same seed gives the same brand')
    .action(async (opts: { seed?: string }, command: Command) => {
      const summary = await withContext('cli: demo', globalOverrides(command), async (ctx) => {
        const bar = createProgressBar();
        try {
          return await loadDemo(ctx, {
            seed: opts.seed ? Number(opts.seed) : undefined,
            onProgress: (step, done, total) => bar.update(step, done, total),
          });
        } finally {
          bar.stop();
        }
      });
      say(
        `Demo brand loaded: ${summary.stores} stores, ${summary.staff} staff, ${summary.menuItems} menu items, ${summary.guests} guests, ${summary.orders} orders.`,
      );
    });
}
