import type { Command } from 'commander';
import { rotateFieldKeys } from '@regulars/core';
import { globalOverrides } from '../global-options';
import { say } from '../output';
import { withContext } from '../with-context';

/** `regulars keys rotate`: re-encrypts personal fields under the newest key id. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('encryption keys of personal fields');
  keys
    .command('rotate')
    .description(
      're-encrypt personal fields under the last id of REGULARS_FIELD_KEY_IDS (e.g. k1,k2); safe to re-run',
    )
    .action(async (_opts: unknown, command: Command) => {
      const summary = await withContext('cli: keys rotate', globalOverrides(command), (ctx) =>
        rotateFieldKeys(ctx, (done) => process.stderr.write(`\rre-encrypted ${done} records`)),
      );
      process.stderr.write('\n');
      say(
        `Rotated: ${summary.guests} guests, ${summary.identities} identities, ${summary.integrations} integrations.`,
      );
    });
}
