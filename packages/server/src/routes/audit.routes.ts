import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, listAuditQuerySchema, pageOf } from '@regulars/contracts';
import { listAudit } from '@regulars/core';

/** The access log: who read, searched, exported or changed what, when and why. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit log, newest first',
        querystring: listAuditQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (request) => listAudit(request.ctx, request.query),
  );
};
