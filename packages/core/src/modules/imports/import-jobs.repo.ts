import { and, desc, eq, sql } from 'drizzle-orm';
import type { ImportJob, ImportKind, ImportReport } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { importJobs } from './imports.tables';

/** A stored import job row. */
export type ImportJobRow = typeof importJobs.$inferSelect;

/** Key order ignored: the same mapping always compares equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Finds the job of this file (brand, kind, file hash and the same mapping) or creates it, under
 * a transaction-scoped advisory lock so two first runs make one job. An unfinished job is
 * resumed (status back to running); a finished one is returned as it is.
 */
export async function claimImportJob(
  ctx: Ctx,
  input: {
    brandId: string;
    kind: ImportKind;
    fileName: string;
    fileHash: string;
    mapping: Record<string, unknown>;
    totalRows: number;
  },
): Promise<{ row: ImportJobRow; state: 'new' | 'resumed' | 'finished' }> {
  return ctx.db.transaction(async (tx) => {
    const key = `import:${input.brandId}:${input.kind}:${input.fileHash}`;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    const rows = await tx
      .select()
      .from(importJobs)
      .where(
        and(
          eq(importJobs.brandId, input.brandId),
          eq(importJobs.kind, input.kind),
          eq(importJobs.fileHash, input.fileHash),
        ),
      )
      .orderBy(desc(importJobs.createdAt));
    const wanted = canonicalJson(input.mapping);
    const now = ctx.clock.now();
    const same = rows.find((r) => canonicalJson(r.mapping) === wanted);
    if (same?.status === 'finished') return { row: same, state: 'finished' };
    if (same) {
      const [row] = await tx
        .update(importJobs)
        .set({ status: 'running', fileName: input.fileName, updatedAt: now })
        .where(eq(importJobs.id, same.id))
        .returning();
      return { row: row!, state: 'resumed' };
    }
    const [row] = await tx
      .insert(importJobs)
      .values({
        id: newId('imp', now.getTime()),
        brandId: input.brandId,
        kind: input.kind,
        fileName: input.fileName,
        fileHash: input.fileHash,
        mapping: input.mapping,
        status: 'running',
        totalRows: input.totalRows,
        createdBy: ctx.actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return { row: row!, state: 'new' };
  });
}

/**
 * Moves a job's checkpoint from `from` to the report's row count, inside the chunk's
 * transaction. When another run of the same job has moved it meanwhile, answers `conflict` so
 * this chunk's transaction rolls back (the other run carries on).
 */
export async function saveCheckpoint(
  txCtx: Ctx,
  jobId: string,
  from: number,
  report: ImportReport,
): Promise<void> {
  const updated = await txCtx.db
    .update(importJobs)
    .set({
      processedRows: report.rows,
      goodRows: report.goodRows,
      badRows: report.badRows,
      report: report as unknown as Record<string, unknown>,
      updatedAt: txCtx.clock.now(),
    })
    .where(
      and(eq(importJobs.id, jobId), eq(importJobs.processedRows, from), eq(importJobs.status, 'running')),
    )
    .returning({ id: importJobs.id });
  if (updated.length === 0) {
    throw new AppError('conflict', 'Another run of this import is in progress', { jobId });
  }
}

/** Marks a job finished with its final report (inside the final transaction). */
export async function finishImportJob(
  txCtx: Ctx,
  jobId: string,
  report: ImportReport,
): Promise<ImportJobRow> {
  const now = txCtx.clock.now();
  const [row] = await txCtx.db
    .update(importJobs)
    .set({
      status: 'finished',
      totalRows: report.rows,
      processedRows: report.rows,
      goodRows: report.goodRows,
      badRows: report.badRows,
      report: report as unknown as Record<string, unknown>,
      updatedAt: now,
      finishedAt: now,
    })
    .where(eq(importJobs.id, jobId))
    .returning();
  return row!;
}

/** Marks a job failed with the reason (a run of the same file later resumes it). */
export async function failImportJob(ctx: Ctx, jobId: string, message: string): Promise<void> {
  await ctx.db
    .update(importJobs)
    .set({
      status: 'failed',
      report: sql`${importJobs.report} || ${JSON.stringify({ error: message.slice(0, 500) })}::jsonb`,
      updatedAt: ctx.clock.now(),
    })
    .where(eq(importJobs.id, jobId));
}

/** A stored job as the API shows it. */
export function toImportJob(row: ImportJobRow): ImportJob {
  const stored = row.report as Partial<ImportReport> & { error?: string };
  const { error, ...report } = stored;
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    fileName: row.fileName,
    fileHash: row.fileHash,
    mappingName: String((row.mapping as { name?: unknown }).name ?? ''),
    status: row.status as ImportJob['status'],
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    goodRows: row.goodRows,
    badRows: row.badRows,
    report: 'rows' in report ? (report as ImportReport) : null,
    error: error ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
