import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  errorBodySchema,
  listMenuQuerySchema,
  menuItemInputSchema,
  menuItemSchema,
  menuListSchema,
} from '@regulars/contracts';
import { listMenu, upsertMenuItem } from '@regulars/core';

const tags = ['menu'];

/** The menu: list (per store with `storeId`) and create or change items by sku. */
export const menuRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/menu',
    {
      schema: {
        tags,
        summary: 'The brand’s menu; with storeId, only the active items sold in that store',
        querystring: listMenuQuerySchema,
        response: { 200: menuListSchema },
      },
    },
    async (request) => ({ items: await listMenu(request.ctx, request.query) }),
  );
  app.post(
    '/api/menu',
    {
      schema: {
        tags,
        summary: 'Create (201) or change (200) a menu item by sku, with the stores that do not sell it',
        body: menuItemInputSchema,
        response: { 200: menuItemSchema, 201: menuItemSchema, 422: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { item, created } = await upsertMenuItem(request.ctx, request.body);
      return reply.status(created ? 201 : 200).send(item);
    },
  );
};
