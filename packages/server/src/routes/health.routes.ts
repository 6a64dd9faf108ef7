import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDatabaseReady, type DbHandle } from '@regulars/core';
import { sendError } from '../http/error-handler';

/** Liveness (`/health`: the process answers) and readiness (`/ready`: the database answers). */
export const healthRoutes: FastifyPluginAsyncZod<{ handle: DbHandle }> = async (app, { handle }) => {
  app.get(
    '/health',
    {
      schema: { tags: ['operations'], response: { 200: z.object({ status: z.literal('ok') }) } },
      config: { auth: 'public' },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      schema: {
        tags: ['operations'],
        response: { 200: z.object({ status: z.literal('ready'), database: z.string() }) },
      },
      config: { auth: 'public' },
    },
    async (request, reply) => {
      if (!(await isDatabaseReady(handle)))
        return sendError(reply, request, 'not_ready', 'The database does not answer');
      return { status: 'ready' as const, database: handle.kind };
    },
  );
};
