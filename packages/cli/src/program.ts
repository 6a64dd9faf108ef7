import { Command } from 'commander';
import { registerAnalytics } from './commands/register-analytics';
import { registerDemo } from './commands/load-demo';
import { registerMigrate } from './commands/run-migrate';
import { registerRecommend } from './commands/register-recommend';
import { registerStart } from './commands/start-server';
import { registerUsers } from './commands/manage-users';
import { registerImport } from './commands/run-import';
import { registerExport } from './commands/export-guests';
import { registerKeys } from './commands/rotate-keys';
import { registerRetention } from './commands/run-retention';

/** The `regulars` command and its sub-commands; `--help` works on each. */
export function buildProgram(): Command {
  const program = new Command('regulars')
    .description('Regulars (熟客): CRM and loyalty for restaurant and café brands')
    .version('0.1.0')
    .option('--data-dir <dir>', 'folder of the embedded database (default ./data, or REGULARS_DATA_DIR)')
    .showHelpAfterError()
    .exitOverride();
  registerStart(program);
  registerMigrate(program);
  registerUsers(program);
  registerDemo(program);
  registerAnalytics(program);
  registerRecommend(program);
  registerImport(program);
  registerExport(program);
  registerKeys(program);
  registerRetention(program);
  return program;
}
