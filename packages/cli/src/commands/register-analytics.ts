import type { Command } from 'commander';
import { registerAnalyticsBtyd } from './analytics-btyd';

/** `regulars analytics …`: models run on files, to validate them on any data set. */
export function registerAnalytics(program: Command): void {
  const analytics = program
    .command('analytics')
    .description('customer-value models on files and on the database');
  registerAnalyticsBtyd(analytics);
}
