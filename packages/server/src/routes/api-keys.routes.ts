import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiKeySchema, createApiKeyInputSchema, createdApiKeySchema } from '@regulars/contracts';
import { createApiKey, listApiKeys, revokeApiKey } from '@regulars/core';

const tags = ['api keys'];

/** Keys for integrations (POS, app, delivery platforms). */
export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'List API keys',
        response: { 200: z.object({ items: z.array(apiKeySchema) }) },
      },
    },
    async (request) => ({ items: await listApiKeys(request.ctx) }),
  );
  app.post(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Create an API key; the secret is shown once',
        body: createApiKeyInputSchema,
        response: { 200: createdApiKeySchema },
      },
    },
    async (request) => createApiKey(request.ctx, request.body),
  );
  app.post(
    '/api/api-keys/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an API key',
        params: z.object({ id: z.string() }),
        response: { 200: apiKeySchema },
      },
    },
    async (request) => revokeApiKey(request.ctx, request.params.id),
  );
};
