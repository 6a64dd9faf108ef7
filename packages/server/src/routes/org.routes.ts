import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  brandSchema,
  createBrandInputSchema,
  createStoreInputSchema,
  storeSchema,
  updateStoreInputSchema,
} from '@regulars/contracts';
import { createBrand, createStore, listBrands, listStores, updateStore } from '@regulars/core';

const tags = ['organisation'];

/** Brands and stores. */
export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/brands',
    {
      schema: { tags, summary: 'List brands', response: { 200: z.object({ items: z.array(brandSchema) }) } },
    },
    async (request) => ({ items: await listBrands(request.ctx) }),
  );
  app.post(
    '/api/brands',
    {
      schema: {
        tags,
        summary: 'Create a brand',
        body: createBrandInputSchema,
        response: { 200: brandSchema },
      },
    },
    async (request) => createBrand(request.ctx, request.body),
  );
  app.get(
    '/api/stores',
    {
      schema: {
        tags,
        summary: 'List the stores you may see',
        querystring: z.strictObject({ brandId: z.string().optional() }),
        response: { 200: z.object({ items: z.array(storeSchema) }) },
      },
    },
    async (request) => ({ items: await listStores(request.ctx, request.query) }),
  );
  app.post(
    '/api/stores',
    {
      schema: { tags, summary: 'Open a store', body: createStoreInputSchema, response: { 200: storeSchema } },
    },
    async (request) => createStore(request.ctx, request.body),
  );
  app.patch(
    '/api/stores/:id',
    {
      schema: {
        tags,
        summary: 'Change a store',
        params: z.object({ id: z.string() }),
        body: updateStoreInputSchema,
        response: { 200: storeSchema },
      },
    },
    async (request) => updateStore(request.ctx, request.params.id, request.body),
  );
};
