import type { ImportJob, ImportKind } from '@regulars/contracts';
import { api } from '../../app/api-client';
import { uploadContentType } from './import-form';

/** What starting an import needs: the file, its kind, the mapping (JSON text) and optionally one store for every row. */
export type StartImport = { kind: ImportKind; file: File; mapping: string; storeId?: string };

/** Uploads the file and starts the import; the answer is the job to follow. */
export function startImport({ kind, file, mapping, storeId }: StartImport): Promise<ImportJob> {
  return api.upload(
    '/api/imports',
    { kind, fileName: file.name, storeId, mapping },
    file,
    uploadContentType(file.name),
  );
}

/** One import job with its progress, and its report once finished. */
export function getImport(id: string): Promise<ImportJob> {
  return api.get(`/api/imports/${encodeURIComponent(id)}`);
}

/** The latest import jobs, newest first. */
export function listImports(limit = 20): Promise<{ items: ImportJob[] }> {
  return api.get('/api/imports', { limit });
}
