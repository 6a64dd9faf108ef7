import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  listMergeCandidatesQuerySchema,
  mergeCandidateSchema,
  mergeSchema,
  pageOf,
} from '@regulars/contracts';
import { dismissMergeCandidate, listMergeCandidates, undoMerge } from '@regulars/core';

const tags = ['guests'];
const params = z.object({ id: z.string() });

/** Merges: undo one, and the merge review queue. */
export const mergesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/merges/:id/undo',
    {
      schema: {
        tags,
        summary: 'Undo a merge: what moved goes back, filled fields are cleared',
        params,
        response: { 200: mergeSchema },
      },
    },
    async (request) => undoMerge(request.ctx, request.params.id),
  );
  app.get(
    '/api/merge-candidates',
    {
      schema: {
        tags,
        summary: 'The merge review queue: open pairs with both guests masked',
        querystring: listMergeCandidatesQuerySchema,
        response: { 200: pageOf(mergeCandidateSchema) },
      },
    },
    async (request) => listMergeCandidates(request.ctx, request.query),
  );
  app.post(
    '/api/merge-candidates/:id/dismiss',
    {
      schema: {
        tags,
        summary: 'Take a pair off the queue: they are different people',
        params,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await dismissMergeCandidate(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
