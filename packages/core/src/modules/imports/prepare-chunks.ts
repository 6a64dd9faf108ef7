import type { ImportReport } from '@regulars/contracts';
import type { Ctx } from '../../context';
import type { CompiledMapping, GuestRow, OrderRow } from './import-mapping.rules';
import { addBadRow, addGoodRow, addQuirk, emptyReport } from './import-report.rules';
import type { OpenedCsv } from './read-import-file';
import { createGuestStager, createOrderStager, type IdentityCache, type StagedChunk } from './stage-chunk';

/** A chunk read, mapped and staged in memory: its tally, its COPY text, and how many of its rows are new. */
export type PreparedChunk = { tally: ImportReport; staged: StagedChunk; fresh: number; readRows: number };

/** Rows (and order ids) seen so far by a run, including rows committed by an earlier run. */
export type RunMemory = { ordersSeen: Set<string> };

const MAX_LINES_PER_ORDER = 32_767;
const READ_BATCH = 2_000;

/**
 * Reads the file and prepares it chunk by chunk: rows mapped, bad rows and quirks tallied,
 * order lines numbered (the n-th line of an order in the file is line n, so re-runs agree),
 * customers sealed and indexed, COPY text built row by row. Rows before `skipRows` (committed
 * by an earlier run) are read for numbering only. Reads in small batches and yields to the
 * event loop between them, so the previous chunk's statements go on while this one is prepared.
 */
export async function* prepareChunks(
  ctx: Ctx,
  input: {
    file: OpenedCsv;
    compiled: CompiledMapping;
    chunkRows: number;
    skipRows: number;
    token: string;
    encoding: string;
    delimiter: string;
    memory: RunMemory;
  },
): AsyncGenerator<PreparedChunk> {
  const { compiled, memory } = input;
  const cache: IdentityCache = new Map();
  const orderStager = createOrderStager(ctx, cache, input.token);
  const guestStager = createGuestStager(ctx, cache, input.token);
  const lineCounts = new Map<string, number>();
  let index = 0;
  let dupOrder = '';
  let dupLines = new Set<string>();
  let tally = emptyReport(input.encoding, input.delimiter);
  let fresh = 0;
  let inChunk = 0;
  const take = (): PreparedChunk => {
    const staged = compiled.kind === 'orders' ? orderStager.take() : guestStager.take();
    const chunk = { tally, staged, fresh, readRows: index };
    tally = emptyReport(input.encoding, input.delimiter);
    fresh = 0;
    inChunk = 0;
    return chunk;
  };

  const readOne = (line: number, fields: string[] | null): void => {
    const isFresh = index >= input.skipRows;
    index++;
    inChunk++;
    if (isFresh) fresh++;
    if (fields === null) {
      if (isFresh) addBadRow(tally, line, 'malformed_csv', 'an opening quote is never closed');
      return;
    }
    const result = compiled.read(fields);
    if (result.kind === 'bad') {
      if (isFresh) addBadRow(tally, line, result.reason, result.detail);
      return;
    }
    if (result.kind === 'skip') {
      if (isFresh) {
        addGoodRow(tally);
        addQuirk(tally, result.quirk, line);
      }
      return;
    }
    if (compiled.kind === 'guests') {
      if (!isFresh) return;
      const row = result.row as GuestRow;
      addGoodRow(tally);
      for (const quirk of row.quirks) addQuirk(tally, quirk, line);
      guestStager.add(row, line, null);
      return;
    }
    const row = result.row as OrderRow;
    let lineNo: number | null = null;
    if (row.line) {
      lineNo = (lineCounts.get(row.orderExt) ?? 0) + 1;
      if (lineNo > MAX_LINES_PER_ORDER) {
        if (isFresh) addBadRow(tally, line, 'too_many_lines', `more than ${MAX_LINES_PER_ORDER} lines`);
        return;
      }
      lineCounts.set(row.orderExt, lineNo);
      if (!row.cancel) {
        if (row.orderExt !== dupOrder) {
          dupOrder = row.orderExt;
          dupLines = new Set();
        }
        const signature = fields.join('\u0001');
        if (dupLines.has(signature)) row.quirks.push('duplicate_line');
        else dupLines.add(signature);
      }
    }
    if (!row.cancel) memory.ordersSeen.add(row.orderExt);
    if (!isFresh) return;
    addGoodRow(tally);
    for (const quirk of row.quirks) addQuirk(tally, quirk, line);
    orderStager.add(row, line, lineNo);
  };

  for await (const batch of input.file.batches(READ_BATCH)) {
    let p = 0;
    for (const record of batch.records) {
      while (p < batch.problems.length && batch.problems[p]!.line < record.line) {
        readOne(batch.problems[p]!.line, null);
        p++;
      }
      readOne(record.line, record.fields);
      if (fresh >= input.chunkRows || inChunk >= input.chunkRows) yield take();
    }
    for (; p < batch.problems.length; p++) readOne(batch.problems[p]!.line, null);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (inChunk > 0) yield take();
}
