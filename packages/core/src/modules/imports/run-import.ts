import { desc, eq, or } from 'drizzle-orm';
import {
  importMappingSchema,
  type ImportJob,
  type ImportKind,
  type ImportMapping,
} from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError, isAppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { resolveBrandId } from '../org/index';
import { stores as storesTable } from '../org/org.tables';
import { authorize, storeScope } from '../staff/authorize';
import { compileMapping, type LookupTable, type StoreRef } from './import-mapping.rules';
import { claimImportJob, failImportJob, toImportJob } from './import-jobs.repo';
import { emptyReport, restoreReport } from './import-report.rules';
import { importJobs } from './imports.tables';
import { processImport, type ImportProgress } from './process-import';
import { countLines, hashImportInput, openCsvFile, readLookupTable } from './read-import-file';

/** One import: the file's bytes (CSV or gzip), its mapping, and optional lookup files by name. */
export type ImportInput = {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  /** A mapping object as read from a mapping file; checked against `importMappingSchema`. */
  mapping: unknown;
  /** The store of every row, by id or code (required unless the mapping has a store column). */
  store?: string | null;
  /** Lookup files by the lookup's name (command line only). */
  lookups?: Record<string, Uint8Array>;
  /** Rows per chunk and transaction (default 20,000). */
  chunkRows?: number;
  onProgress?: (progress: ImportProgress) => void;
};

/** A claimed import: the job as it stands, and the run (already settled when the file was imported before). */
export type StartedImport = {
  job: ImportJob;
  state: 'new' | 'resumed' | 'finished';
  done: Promise<ImportJob>;
};

/**
 * Checks an import (permission, mapping against the file's header, stores, lookups), claims its
 * job by brand, kind and file hash, and starts it. A file imported before is not imported again;
 * an interrupted job resumes after its last committed chunk. `done` settles with the finished
 * job (or rejects; the job is then marked failed and a re-run resumes it).
 */
export async function startImport(ctx: Ctx, input: ImportInput): Promise<StartedImport> {
  authorize(ctx, 'imports.run');
  const mapping = parseMapping(input.mapping, input.kind);
  const storeId = input.store ? await findStoreId(ctx, input.store) : null;
  if (storeId) authorize(ctx, 'imports.run', { storeId });
  const brandId = await resolveBrandId(ctx, storeId);
  const stores = await loadStores(ctx, brandId);
  const defaultStore = storeId ? [...stores.values()].find((s) => s.id === storeId) : undefined;
  const lookupFiles: Record<string, Uint8Array> = {};
  const lookups: LookupTable[] = [];
  for (const lookup of mapping.lookups) {
    const bytes = input.lookups?.[lookup.name];
    if (!bytes) {
      throw new AppError('import_failed', `Lookup "${lookup.name}" needs its file ${lookup.file}`, {
        lookup: lookup.name,
      });
    }
    lookupFiles[lookup.name] = bytes;
    lookups.push(await readLookupTable(lookup.name, bytes, lookup.key));
  }
  const file = await openCsvFile(input.bytes, { encoding: mapping.encoding, delimiter: mapping.delimiter });
  if (file.header.length === 0) throw new AppError('import_failed', 'The file is empty');
  const compiled = compileMapping(mapping, input.kind, file.header, {
    stores,
    defaultStore: defaultStore ?? null,
    lookups,
  });
  if (!compiled.ok) {
    throw new AppError('import_failed', compiled.problems.join(' '), { problems: compiled.problems });
  }
  const claimed = await claimImportJob(ctx, {
    brandId,
    kind: input.kind,
    fileName: input.fileName.slice(0, 200),
    fileHash: hashImportInput(input.bytes, lookupFiles),
    mapping: { ...mapping, storeId },
    totalRows: Math.max(0, (await countLines(input.bytes)) - 1),
  });
  const job = toImportJob(claimed.row);
  if (claimed.state === 'finished') {
    await recordAudit(ctx, {
      action: 'import.run',
      entityType: 'import_job',
      entityIds: [job.id],
      storeId,
      details: { kind: input.kind, mapping: mapping.name, alreadyImported: true },
    });
    return { job, state: 'finished', done: Promise.resolve(job) };
  }
  const report =
    claimed.state === 'new'
      ? emptyReport(file.encoding, file.delimiter)
      : restoreReport(claimed.row.report, file.encoding, file.delimiter);
  const done = processImport(ctx, {
    job: claimed.row,
    kind: input.kind,
    mapping,
    compiled: compiled.mapping,
    file,
    brandId,
    storeId,
    report,
    chunkRows: Math.max(1, input.chunkRows ?? 20_000),
    onProgress: input.onProgress,
  }).catch(async (error: unknown) => {
    if (!isAppError(error, 'conflict')) {
      await failImportJob(ctx, job.id, error instanceof Error ? error.message : String(error)).catch(
        () => undefined,
      );
    }
    throw error;
  });
  return { job, state: claimed.state, done };
}

/** Imports a file to the end (see `startImport`) and answers the finished job with its report. */
export async function runImport(ctx: Ctx, input: ImportInput): Promise<ImportJob> {
  const started = await startImport(ctx, input);
  return started.done;
}

/** One import job with its progress and report. */
export async function getImportJob(ctx: Ctx, jobId: string): Promise<ImportJob> {
  authorize(ctx, 'imports.run');
  const [row] = await ctx.db.select().from(importJobs).where(eq(importJobs.id, jobId));
  if (!row) throw new AppError('not_found', `No import ${jobId}`);
  return toImportJob(row);
}

/** The latest import jobs, newest first. */
export async function listImportJobs(ctx: Ctx, limit = 50): Promise<ImportJob[]> {
  authorize(ctx, 'imports.run');
  const rows = await ctx.db.select().from(importJobs).orderBy(desc(importJobs.createdAt)).limit(limit);
  return rows.map(toImportJob);
}

/** Checks a mapping; its problems become `validation_failed` naming the fields. */
export function parseMapping(value: unknown, kind: ImportKind): ImportMapping {
  const parsed = importMappingSchema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: ['mapping', ...i.path].join('.'),
      message: i.message,
    }));
    throw new AppError(
      'validation_failed',
      `The mapping is not valid: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
      details,
    );
  }
  if (parsed.data.kind && parsed.data.kind !== kind) {
    throw new AppError('validation_failed', `This mapping is for ${parsed.data.kind}, not ${kind}`, [
      { path: 'mapping.kind', message: `expected ${kind}` },
    ]);
  }
  return parsed.data;
}

/** A store by id, or by code when the code names one store only. */
async function findStoreId(ctx: Ctx, value: string): Promise<string> {
  const rows = await ctx.db
    .select({ id: storesTable.id })
    .from(storesTable)
    .where(or(eq(storesTable.id, value), eq(storesTable.code, value)));
  const byId = rows.find((r) => r.id === value);
  if (byId) return byId.id;
  if (rows.length === 1) return rows[0]!.id;
  if (rows.length > 1) {
    throw new AppError(
      'validation_failed',
      `Store code ${value} is used by several brands: give the store id`,
      [{ path: 'store', message: 'ambiguous store code' }],
    );
  }
  throw new AppError('store_not_found', `No store ${value}`, { field: 'store' });
}

/** The brand's stores by code, limited to the actor's store scope. */
async function loadStores(ctx: Ctx, brandId: string): Promise<Map<string, StoreRef>> {
  const rows = await ctx.db
    .select({ id: storesTable.id, code: storesTable.code, timezone: storesTable.timezone })
    .from(storesTable)
    .where(eq(storesTable.brandId, brandId));
  const scope = storeScope(ctx.actor);
  return new Map(rows.filter((r) => scope === null || scope.includes(r.id)).map((r) => [r.code, r]));
}
