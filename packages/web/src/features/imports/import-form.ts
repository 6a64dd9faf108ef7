import { ApiError } from '../../app/api-client';
import {
  importMappingSchema,
  type ImportJob,
  type ImportKind,
  type ImportMappingInput,
} from '@regulars/contracts';

/** A starting mapping per kind, for a CSV with plain English headers; edited by the user before upload. */
export const MAPPING_TEMPLATES: Record<ImportKind, ImportMappingInput> = {
  guests: {
    name: 'console-guests',
    kind: 'guests',
    columns: { name: 'name', birthday: 'birthday' },
    identities: [
      { column: 'phone', kind: 'phone' },
      { column: 'email', kind: 'email' },
    ],
  },
  orders: {
    name: 'console-orders',
    kind: 'orders',
    columns: {
      orderId: 'order_id',
      placedAt: 'placed_at',
      itemName: 'item',
      quantity: 'quantity',
      unitPrice: 'unit_price',
    },
    identities: [{ column: 'phone', kind: 'phone' }],
  },
};

/** The outcome of reading the mapping text: the JSON to send, or the first problem with a path. */
export type MappingCheck = { ok: true; json: string } | { ok: false; problem: string };

/**
 * Checks the mapping text (JSON) against the import mapping contract before anything is uploaded,
 * so a typo is reported at once rather than after the file has been sent.
 */
export function checkMapping(text: string, kind: ImportKind): MappingCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const parsed = importMappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, problem: `${where}${issue?.message ?? 'invalid mapping'}` };
  }
  if (parsed.data.kind && parsed.data.kind !== kind) {
    return { ok: false, problem: `kind: the mapping is for ${parsed.data.kind}, not ${kind}` };
  }
  return { ok: true, json: JSON.stringify(value) };
}

/** How far a job is, 0–100; a finished job is 100 even when the row estimate was off. */
export function progressPercent(job: Pick<ImportJob, 'status' | 'processedRows' | 'totalRows'>): number {
  if (job.status === 'finished') return 100;
  if (job.totalRows <= 0) return 0;
  return Math.min(99, Math.floor((job.processedRows / job.totalRows) * 100));
}

/** The content type to upload a file with: gzip for `.gz`, CSV otherwise. */
export function uploadContentType(fileName: string): string {
  return /\.gz$/i.test(fileName) ? 'application/gzip' : 'text/csv';
}

/** The problems an `import_failed` answer lists (e.g. a mapped column missing from the file's header). */
export function problemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'import_failed') return [];
  const problems = (error.details as { problems?: unknown } | null | undefined)?.problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}
