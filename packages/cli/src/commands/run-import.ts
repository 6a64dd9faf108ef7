import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { IMPORT_KINDS, type ImportJob, type ImportKind } from '@regulars/contracts';
import { AppError, describeReport, startImport } from '@regulars/core';
import { globalOverrides } from '../global-options';
import { say } from '../output';
import { createProgressBar } from '../progress';
import { withContext } from '../with-context';

type ImportOptions = { mapping: string; store?: string; chunkRows?: string; json?: boolean };

/**
 * `regulars import guests|orders <file> --mapping <file.json> [--store <code>]`: imports a CSV
 * file (plain or .gz; UTF-8, UTF-8 with BOM or GBK) with a progress bar on standard error and a
 * final report. Running the same file again resumes an interrupted import or changes nothing.
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import guests or orders from a CSV file (see docs/import.md)')
    .argument('<kind>', `what the file holds: ${IMPORT_KINDS.join(' or ')}`)
    .argument('<file>', 'the CSV file (.csv or .csv.gz)')
    .requiredOption('--mapping <file>', 'mapping file (JSON): columns, encoding, dates, stores')
    .option('--store <code>', 'store code (or id) for every row, unless the mapping has a store column')
    .option('--chunk-rows <n>', 'rows per transaction (default 20000)')
    .option('--json', 'print the finished import job as JSON')
    .action(async (kind: string, file: string, opts: ImportOptions, command: Command) => {
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
        throw new AppError('validation_failed', `Import guests or orders, not "${kind}"`);
      }
      const chunkRows = opts.chunkRows === undefined ? undefined : Number(opts.chunkRows);
      if (chunkRows !== undefined && !(Number.isInteger(chunkRows) && chunkRows > 0)) {
        throw new AppError('validation_failed', '--chunk-rows: a whole number of rows, at least 1');
      }
      const mapping = readMapping(opts.mapping);
      const lookups = readLookups(mapping, file);
      const bytes = readFileSync(file);
      const job = await withContext('cli: import', globalOverrides(command), async (ctx) => {
        const bar = createProgressBar();
        try {
          const started = await startImport(ctx, {
            kind: kind as ImportKind,
            fileName: path.basename(file),
            bytes,
            mapping,
            store: opts.store ?? null,
            lookups,
            chunkRows,
            onProgress: (p) => bar.update('importing rows', p.processedRows, p.totalRows),
          });
          if (started.state === 'finished') {
            bar.stop();
            process.stderr.write(`This file was imported before (${started.job.id}): nothing changed.\n`);
          } else if (started.state === 'resumed') {
            process.stderr.write(`Resuming ${started.job.id} after row ${started.job.processedRows}.\n`);
          }
          return await started.done;
        } finally {
          bar.stop();
        }
      });
      printJob(job, kind as ImportKind, opts.json === true);
    });
}

function printJob(job: ImportJob, kind: ImportKind, json: boolean): void {
  if (json) {
    say(JSON.stringify(job));
    return;
  }
  say(`Import ${job.id} (${job.mappingName}, ${job.fileName}): ${job.status}.`);
  if (job.report) for (const line of describeReport(job.report, kind)) say(`  ${line}`);
}

function readMapping(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new AppError('validation_failed', `Cannot read the mapping ${file}: ${(error as Error).message}`);
  }
}

/** Lookup files named by the mapping, read from beside the data file (or by absolute path). */
function readLookups(mapping: Record<string, unknown>, dataFile: string): Record<string, Uint8Array> {
  const lookups = Array.isArray(mapping.lookups)
    ? (mapping.lookups as Array<{ name?: unknown; file?: unknown }>)
    : [];
  const out: Record<string, Uint8Array> = {};
  for (const lookup of lookups) {
    if (typeof lookup.name !== 'string' || typeof lookup.file !== 'string') continue;
    const where = path.resolve(path.dirname(dataFile), lookup.file);
    try {
      out[lookup.name] = readFileSync(where);
    } catch {
      throw new AppError('import_failed', `Lookup "${lookup.name}": cannot read ${where}`);
    }
  }
  return out;
}
