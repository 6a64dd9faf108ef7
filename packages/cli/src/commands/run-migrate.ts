import type { Command } from 'commander';
import { globalOverrides } from '../global-options';
import { say } from '../output';
import { withContext } from '../with-context';

/** `regulars migrate`: applies pending migrations. */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (start does this too)')
    .action(async (_opts: unknown, command: Command) => {
      await withContext('cli: migrate', globalOverrides(command), async () => undefined);
      say('The database is up to date.');
    });
}
