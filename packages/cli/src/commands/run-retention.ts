import type { Command } from 'commander';
import { runRetention } from '@regulars/core';
import { globalOverrides } from '../global-options';
import { say } from '../output';
import { withContext } from '../with-context';

/** `regulars retention run`: erases guests past the retention period (docs/data-protection.md). */
export function registerRetention(program: Command): void {
  program
    .command('retention')
    .description('personal-data retention')
    .command('run')
    .description('erase guests with no visit and no change for the retention period (default 36 months)')
    .option('--months <n>', 'retention period in months', (value) => Number.parseInt(value, 10))
    .action(async (options: { months?: number }, command: Command) => {
      const result = await withContext('cli: retention run', globalOverrides(command), (ctx) =>
        runRetention(ctx, options.months ? { months: options.months } : {}),
      );
      say(
        `Erased ${result.erased} guests not seen since ${result.cutoff.slice(0, 10)} (${result.months} months).`,
      );
    });
}
