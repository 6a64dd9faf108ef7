import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ImportJob, ImportKind, ImportMapping, ImportReport } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { countTouchedGuests, recordCancellations, recountGuests } from './finish-orders';
import type { CompiledMapping } from './import-mapping.rules';
import { finishImportJob, saveCheckpoint, toImportJob, type ImportJobRow } from './import-jobs.repo';
import { mergeTally } from './import-report.rules';
import {
  copyInto,
  createStaging,
  dropStaging,
  IDENT_COLUMNS,
  KEY_COLUMNS,
  ORDER_COLUMNS,
  ROW_COLUMNS,
  type Staging,
} from './import-staging';
import { clearStaged, mergeStagedOrders } from './merge-orders';
import type { OpenedCsv } from './read-import-file';
import { prepareChunks, type PreparedChunk, type RunMemory } from './prepare-chunks';
import { resolveStagedGuests } from './resolve-guests-bulk';

/** Progress of a running import, after every chunk. */
export type ImportProgress = {
  jobId: string;
  processedRows: number;
  totalRows: number;
  goodRows: number;
  badRows: number;
};

/** Everything a run needs once the job is claimed. */
export type ImportRun = {
  job: ImportJobRow;
  kind: ImportKind;
  mapping: ImportMapping;
  compiled: CompiledMapping;
  file: OpenedCsv;
  brandId: string;
  storeId: string | null;
  report: ImportReport;
  chunkRows: number;
  onProgress?: (progress: ImportProgress) => void;
};

/**
 * Reads the file chunk by chunk; rows before the job's checkpoint are read again (for line
 * numbering) but not written; each later chunk is COPYed into staging and merged in one
 * transaction that also moves the checkpoint, while the next chunk is being prepared. Then the
 * cancellations are recorded, the guests' figures recounted and the job finished with its
 * report and an `import.run` audit entry.
 */
export async function processImport(ctx: Ctx, run: ImportRun): Promise<ImportJob> {
  const started = performance.now();
  const { job, report } = run;
  const s = await createStaging(ctx, job.id);
  const token = randomBytes(8).toString('hex');
  const source = `import:${run.mapping.name}`;
  const memory: RunMemory = { ordersSeen: new Set() };
  const firstFresh = job.processedRows;
  let checkpoint = job.processedRows;
  let readRows = 0;
  let pending: Promise<void> | undefined;
  const chunks = prepareChunks(ctx, {
    file: run.file,
    compiled: run.compiled,
    chunkRows: run.chunkRows,
    skipRows: firstFresh,
    token,
    encoding: report.encoding,
    delimiter: report.delimiter,
    memory,
  });
  for await (const chunk of chunks) {
    if (pending) await pending;
    readRows = chunk.readRows;
    run.onProgress?.({
      jobId: job.id,
      processedRows: readRows,
      totalRows: Math.max(job.totalRows, readRows),
      goodRows: report.goodRows + chunk.tally.goodRows,
      badRows: report.badRows + chunk.tally.badRows,
    });
    if (chunk.fresh === 0) continue;
    const from = checkpoint;
    checkpoint += chunk.tally.rows;
    // Not awaited here: the next chunk is prepared while this one's statements run.
    pending = commitChunk(ctx, run, s, { token, source, from, chunk });
    pending.catch(() => undefined);
  }
  if (pending) await pending;

  const finished = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    if (run.kind === 'orders') {
      // Statistics after the bulk load: the embedded database has no autovacuum to gather them.
      await txCtx.db.execute(sql`analyze orders, order_lines, ${s.cancels}, ${s.guests}`);
      await txCtx.db.execute(sql`set local work_mem = '64MB'`);
      const c = await recordCancellations(txCtx, s, { brandId: run.brandId, source });
      report.cancellations = { ...c, unmatchedLines: c.lines - c.matchedLines };
      report.guests.withOrders = await recountGuests(txCtx, s, ctx.clock.now());
      report.orders.inFile = memory.ordersSeen.size;
      report.orders.alreadyPresent = Math.max(0, memory.ordersSeen.size - report.orders.created);
    }
    report.guests.matched = Math.max(0, (await countTouchedGuests(txCtx, s)) - report.guests.created);
    const seconds = (performance.now() - started) / 1000;
    report.seconds = Math.round(seconds * 100) / 100;
    report.rowsPerSecond = seconds > 0 ? Math.round((readRows - firstFresh) / seconds) : 0;
    const row = await finishImportJob(txCtx, job.id, report);
    await recordAudit(txCtx, {
      action: 'import.run',
      entityType: 'import_job',
      entityIds: [job.id],
      storeId: run.storeId,
      details: auditDetails(run, report),
    });
    await dropStaging(txCtx, s);
    return row;
  });
  return toImportJob(finished);
}

/** Counts only: never a personal value. */
export function auditDetails(
  run: Pick<ImportRun, 'kind' | 'mapping'>,
  report: ImportReport,
): Record<string, unknown> {
  return {
    kind: run.kind,
    mapping: run.mapping.name,
    rows: report.rows,
    goodRows: report.goodRows,
    badRows: report.badRows,
    guests: report.guests,
    orders: report.orders,
    cancellations: report.cancellations,
    quirks: Object.fromEntries(Object.entries(report.quirks).map(([k, v]) => [k, v.count])),
  };
}

async function commitChunk(
  ctx: Ctx,
  run: ImportRun,
  s: Staging,
  input: { token: string; source: string; from: number; chunk: PreparedChunk },
): Promise<void> {
  const { staged, tally } = input.chunk;
  await copyInto(ctx, s.names.keys, KEY_COLUMNS, staged.keys);
  await copyInto(ctx, s.names.idents, IDENT_COLUMNS, staged.idents);
  // Customers with several identities are clustered by joins among staged tables: plan them on real sizes.
  if (staged.sharedIdentities) await ctx.db.execute(sql`analyze ${s.keys}, ${s.idents}`);
  await copyInto(ctx, s.names.orders, ORDER_COLUMNS, staged.orders);
  await copyInto(ctx, s.names.rows, ROW_COLUMNS, staged.rows);
  const report = run.report;
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    // A chunk lost in a server crash is simply redone (its checkpoint is in the same transaction).
    await tx.execute(sql`set local synchronous_commit = off`);
    const now = ctx.clock.now();
    if (staged.keyCount > 0) {
      const r = await resolveStagedGuests(txCtx, s, {
        brandId: run.brandId,
        run: input.token,
        now,
        sharedIdentities: staged.sharedIdentities,
        hasProfile: run.kind === 'guests',
      });
      tally.guests = {
        ...tally.guests,
        created: r.created,
        identitiesAttached: r.attached,
        mergeCandidates: r.candidates,
      };
    }
    if (staged.rowCount > 0) {
      const o = await mergeStagedOrders(txCtx, s, {
        brandId: run.brandId,
        source: input.source,
        run: input.token,
        now,
        hasCancellations: staged.cancelCount > 0,
      });
      tally.orders = { ...tally.orders, created: o.created, anonymous: o.anonymous, lines: o.lines };
    }
    await clearStaged(txCtx, s);
    const next = structuredClone(report);
    mergeTally(next, tally);
    addCounts(next, tally);
    await saveCheckpoint(txCtx, run.job.id, input.from, next);
    Object.assign(report, next);
  });
}

function addCounts(report: ImportReport, tally: ImportReport): void {
  report.guests.created += tally.guests.created;
  report.guests.identitiesAttached += tally.guests.identitiesAttached;
  report.guests.mergeCandidates += tally.guests.mergeCandidates;
  report.orders.created += tally.orders.created;
  report.orders.anonymous += tally.orders.anonymous;
  report.orders.lines += tally.orders.lines;
}
