import { createReadStream, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { createProgressBar } from './progress';

/**
 * Streams the rows of a CSV file (plain or .gz) as objects keyed by header, with a progress
 * bar over the bytes read on a terminal. Detects `,`, `;` and tab delimiters from the header.
 */
export async function* readCsvRows(file: string, label: string): AsyncGenerator<Record<string, string>> {
  const total = statSync(file).size;
  const raw = createReadStream(file);
  let read = 0;
  const bar = createProgressBar();
  raw.on('data', (chunk) => {
    read += chunk.length;
    bar.update(label, Math.round(read / 1024), Math.max(1, Math.round(total / 1024)));
  });
  const text = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const parser = text.pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      delimiter: [',', ';', '\t'],
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }),
  );
  try {
    for await (const row of parser) yield row as Record<string, string>;
  } finally {
    bar.stop();
  }
}

/** The value of a column, or a clear error naming the columns the file has. */
export function column(row: Record<string, string>, name: string): string {
  const value = row[name];
  if (value === undefined) {
    throw new Error(`Column "${name}" is not in the file. Columns: ${Object.keys(row).join(', ')}`);
  }
  return value;
}
