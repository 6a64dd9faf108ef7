import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportGuestsQuerySchema, importJobSchema, startImportQuerySchema } from '@regulars/contracts';
import { AppError, exportGuestsCsv, getImportJob, listImportJobs, startImport } from '@regulars/core';

const tags = ['imports'];

/** Content types a CSV upload may come with (browsers send CSV as any of the first four). */
const UPLOAD_TYPES = [
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
  'application/gzip',
  'application/x-gzip',
];
/** Largest file accepted over HTTP; bigger files go through `regulars import`. */
const UPLOAD_LIMIT = 200 * 1024 * 1024;

/**
 * CSV import over HTTP (upload, progress, report) and the guest-list CSV export. The upload's
 * body is the file itself; the job runs in the background and `GET /api/imports/:id` shows its
 * progress and, once finished, its report.
 */
export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/imports',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: 'Upload a CSV file (guests or orders) and start importing it',
        description:
          'The body is the file (Content-Type text/csv, application/octet-stream or application/gzip; ' +
          'UTF-8, UTF-8 with BOM or GBK). `mapping` is the mapping as JSON (docs/import.md). Answers 202 ' +
          'with the job (poll GET /api/imports/{id}), or 200 with the finished job when this file was ' +
          'imported before with the same mapping.',
        querystring: startImportQuerySchema,
        response: { 200: importJobSchema, 202: importJobSchema },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new AppError('validation_failed', 'Send the CSV file itself as the request body', [
          { path: 'body', message: 'expected the file (Content-Type text/csv or application/gzip)' },
        ]);
      }
      let mapping: unknown;
      try {
        mapping = JSON.parse(request.query.mapping);
      } catch {
        throw new AppError('validation_failed', 'The mapping is not valid JSON', [
          { path: 'querystring.mapping', message: 'not JSON' },
        ]);
      }
      const started = await startImport(request.ctx, {
        kind: request.query.kind,
        fileName: request.query.fileName,
        bytes: request.body,
        mapping,
        store: request.query.storeId ?? null,
      });
      started.done.catch((error: unknown) => {
        app.log.error({ err: { message: (error as Error).message }, jobId: started.job.id }, 'import failed');
      });
      return reply.status(started.state === 'finished' ? 200 : 202).send(started.job);
    },
  );

  app.get(
    '/api/imports',
    {
      schema: {
        tags,
        summary: 'Latest import jobs, newest first',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ items: z.array(importJobSchema) }) },
      },
    },
    async (request) => ({ items: await listImportJobs(request.ctx, request.query.limit) }),
  );

  app.get(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: 'One import job: progress while running, the report once finished',
        params: z.object({ id: z.string() }),
        response: { 200: importJobSchema },
      },
    },
    async (request) => getImportJob(request.ctx, request.params.id),
  );

  app.get(
    '/api/guests/export.csv',
    {
      schema: {
        tags: ['guests'],
        summary:
          'The guest list as CSV (UTF-8 with BOM); contact in clear only with guests.reveal and a purpose',
        description:
          'A marketing export (purpose=marketing) needs `channel` and holds only guests whose latest ' +
          'marketing consent on that channel is granted. The number of guests is in X-Export-Count.',
        querystring: exportGuestsQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { purpose, channel, includeContact, ...filter } = request.query;
      const result = await exportGuestsCsv(request.ctx, {
        purpose,
        channel,
        includeContact: includeContact === 'true',
        filter,
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${result.fileName}"`)
        .header('cache-control', 'no-store')
        .header('x-export-count', String(result.count))
        .send(Readable.from(result.chunks));
    },
  );
};
