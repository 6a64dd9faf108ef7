import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { CONSENT_CHANNELS, PURPOSES } from '@regulars/contracts';
import { AppError, exportGuestsCsv } from '@regulars/core';
import { globalOverrides } from '../global-options';
import { withContext } from '../with-context';

type ExportOptions = {
  purpose: string;
  channel?: string;
  out?: string;
  contact?: boolean;
  store?: string;
  tag?: string;
  minVisits?: string;
};

/**
 * `regulars export guests --purpose … [--out file]`: the guest list as CSV (UTF-8 with BOM, safe
 * to open in Excel), to a file or standard output. A marketing export holds only guests who
 * consented on the channel. Every export is in the audit log with its purpose and count.
 */
export function registerExport(program: Command): void {
  const exportCommand = program.command('export').description('export data as CSV files');
  exportCommand
    .command('guests')
    .description('export the guest list as CSV (contact in clear only with --contact)')
    .requiredOption('--purpose <purpose>', `why: ${PURPOSES.join(', ')} (recorded in the audit log)`)
    .option('--channel <channel>', `for marketing: the consented channel, ${CONSENT_CHANNELS.join(', ')}`)
    .option('--contact', 'include name, phone and e-mail in clear')
    .option('--store <id>', 'only guests of this home store (store id)')
    .option('--tag <tag>', 'only guests with this tag')
    .option('--min-visits <n>', 'only guests with at least this many visits')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: ExportOptions, command: Command) => {
      if (!(PURPOSES as readonly string[]).includes(opts.purpose)) {
        throw new AppError('validation_failed', `--purpose: one of ${PURPOSES.join(', ')}`);
      }
      if (opts.channel && !(CONSENT_CHANNELS as readonly string[]).includes(opts.channel)) {
        throw new AppError('validation_failed', `--channel: one of ${CONSENT_CHANNELS.join(', ')}`);
      }
      await withContext('cli: export guests', globalOverrides(command), async (ctx) => {
        const result = await exportGuestsCsv(ctx, {
          purpose: opts.purpose as (typeof PURPOSES)[number],
          channel: opts.channel as (typeof CONSENT_CHANNELS)[number] | undefined,
          includeContact: opts.contact === true,
          filter: {
            storeId: opts.store,
            tag: opts.tag,
            minVisits: opts.minVisits === undefined ? undefined : Number(opts.minVisits),
          },
        });
        const target = opts.out ? createWriteStream(opts.out) : process.stdout;
        await pipeline(Readable.from(result.chunks), target, { end: Boolean(opts.out) });
        const where = opts.out ?? 'standard output';
        process.stderr.write(
          `Exported ${result.count} guests to ${where}${result.clear ? ' (contact in clear)' : ' (contact masked)'}.\n`,
        );
      });
    });
}
