import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../errors';
import { createCsvReader, readCsvText, type CsvProblem, type CsvRecord } from './csv-reader.rules';
import {
  decoderLabel,
  detectDelimiter,
  detectEncoding,
  isGzip,
  type Delimiter,
  type FileEncoding,
} from './encoding.rules';
import type { LookupTable } from './import-mapping.rules';

/** Records of a file in batches, with the records that could not be read. */
export type CsvBatch = { records: CsvRecord[]; problems: CsvProblem[] };

/** An opened CSV file: what was detected, its header, and its records in batches. */
export type OpenedCsv = {
  encoding: FileEncoding;
  delimiter: Delimiter;
  header: string[];
  batches: (rowsPerBatch: number) => AsyncGenerator<CsvBatch>;
};

const SLICE = 1 << 20;
const SNIFF = 64 * 1024;

/** SHA-256 (hex) of a file and, in name order, the lookup files it is read with. */
export function hashImportInput(bytes: Uint8Array, lookups: Record<string, Uint8Array> = {}): string {
  const hash = createHash('sha256').update(bytes);
  for (const name of Object.keys(lookups).sort()) hash.update(`\u0000${name}\u0000`).update(lookups[name]!);
  return hash.digest('hex');
}

/** The file's bytes, un-gzipped on the fly when it is a .gz file. */
async function* plainBytes(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  if (isGzip(bytes)) {
    for await (const chunk of Readable.from([bytes]).pipe(createGunzip())) yield chunk as Uint8Array;
    return;
  }
  for (let at = 0; at < bytes.length; at += SLICE) yield bytes.subarray(at, at + SLICE);
}

/** Number of line feeds in the (un-gzipped) file: the progress total before the rows are read. */
export async function countLines(bytes: Uint8Array): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of plainBytes(bytes)) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = buffer.indexOf(10); at >= 0; at = buffer.indexOf(10, at + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? lines : lines + 1;
}

/** Decoded text pieces, the encoding detected from the first 64 KiB unless one is given. */
async function decodedText(
  bytes: Uint8Array,
  forced: 'auto' | 'utf-8' | 'gb18030',
): Promise<{ encoding: FileEncoding; pieces: AsyncGenerator<string> }> {
  const source = plainBytes(bytes);
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < SNIFF) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = Buffer.concat(head);
  const detected = detectEncoding(sample, ended);
  const encoding: FileEncoding =
    forced === 'auto' ? detected : forced === 'utf-8' && detected === 'utf-8-bom' ? 'utf-8-bom' : forced;
  const decoder = new TextDecoder(decoderLabel(encoding));
  async function* pieces(): AsyncGenerator<string> {
    yield decoder.decode(sample, { stream: true });
    for (;;) {
      const next = await source.next();
      if (next.done) break;
      yield decoder.decode(next.value, { stream: true });
    }
    yield decoder.decode();
  }
  return { encoding, pieces: pieces() };
}

/**
 * Opens a CSV file (plain or gzip) for an import: detects the encoding (UTF-8, UTF-8 with BOM,
 * GBK/GB18030) and the delimiter unless given, reads the header, and hands out the records in
 * batches with their line numbers. The file is read once, lazily.
 */
export async function openCsvFile(
  bytes: Uint8Array,
  options: { encoding: 'auto' | 'utf-8' | 'gb18030'; delimiter?: Delimiter },
): Promise<OpenedCsv> {
  const { encoding, pieces } = await decodedText(bytes, options.encoding);
  let first = '';
  const pending: string[] = [];
  // Manual next() (not for-await with break, which would close the generator).
  for (;;) {
    const next = await pieces.next();
    if (next.done) break;
    pending.push(next.value);
    first += next.value;
    if (/\r|\n/.test(first) || first.length > SNIFF) break;
  }
  const firstLine = first.replace(/^[\r\n]+/, '').split(/\r\n|\n|\r/)[0] ?? '';
  const delimiter = options.delimiter ?? detectDelimiter(firstLine);
  const reader = createCsvReader(delimiter);
  const queue: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let header: string[] | undefined;
  let done = false;
  const take = (out: { records: CsvRecord[]; problems: CsvProblem[] }) => {
    for (const record of out.records) {
      if (header === undefined) header = record.fields.map((h) => h.trim());
      else queue.push(record);
    }
    problems.push(...out.problems);
  };
  for (const piece of pending) take(reader.push(piece));
  while (header === undefined && !done) {
    const next = await pieces.next();
    if (next.done) {
      take(reader.end());
      done = true;
    } else {
      take(reader.push(next.value));
    }
  }
  async function* batches(rowsPerBatch: number): AsyncGenerator<CsvBatch> {
    for (;;) {
      while (queue.length < rowsPerBatch && !done) {
        const next = await pieces.next();
        if (next.done) {
          take(reader.end());
          done = true;
        } else {
          take(reader.push(next.value));
        }
      }
      if (queue.length === 0 && problems.length === 0) return;
      const records = queue.splice(0, rowsPerBatch);
      const lastLine = records.at(-1)?.line ?? Number.POSITIVE_INFINITY;
      const batchProblems = done && queue.length === 0 ? problems.splice(0) : spliceUpTo(problems, lastLine);
      yield { records, problems: batchProblems };
      if (done && queue.length === 0 && problems.length === 0) return;
    }
  }
  return { encoding, delimiter, header: header ?? [], batches };
}

function spliceUpTo(problems: CsvProblem[], line: number): CsvProblem[] {
  const upTo = problems.filter((p) => p.line <= line);
  problems.splice(0, upTo.length);
  return upTo;
}

/** Reads a lookup file whole into a table keyed by its `key` column. */
export async function readLookupTable(name: string, bytes: Uint8Array, key: string): Promise<LookupTable> {
  const { pieces } = await decodedText(bytes, 'auto');
  let text = '';
  for await (const piece of pieces) text += piece;
  const firstLine = text.split(/\r\n|\n|\r/)[0] ?? '';
  const { records } = readCsvText(text, detectDelimiter(firstLine));
  const header = (records[0]?.fields ?? []).map((h) => h.trim());
  const keyAt = header.indexOf(key);
  if (keyAt < 0) {
    throw new AppError(
      'import_failed',
      `Column "${key}" is not in lookup ${name}. Columns: ${header.join(', ')}`,
      {
        lookup: name,
      },
    );
  }
  const rows = new Map<string, string[]>();
  for (const record of records.slice(1)) {
    const value = (record.fields[keyAt] ?? '').trim();
    if (value !== '' && !rows.has(value)) rows.set(value, record.fields);
  }
  return { name, header, rows };
}
