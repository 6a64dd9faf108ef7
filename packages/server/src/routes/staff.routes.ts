import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createStaffInputSchema,
  listStaffQuerySchema,
  oneTimePasswordSchema,
  pageOf,
  staffSchema,
  updateStaffInputSchema,
} from '@regulars/contracts';
import { createStaff, getStaff, listStaff, resetStaffPassword, updateStaff } from '@regulars/core';

const tags = ['staff'];
const params = z.object({ id: z.string() });

/** Staff accounts: list, create, change, disable, reset a password. */
export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/staff',
    {
      schema: {
        tags,
        summary: 'List staff',
        querystring: listStaffQuerySchema,
        response: { 200: pageOf(staffSchema) },
      },
    },
    async (request) => listStaff(request.ctx, request.query),
  );
  app.get(
    '/api/staff/:id',
    { schema: { tags, summary: 'One staff member', params, response: { 200: staffSchema } } },
    async (request) => getStaff(request.ctx, request.params.id),
  );
  app.post(
    '/api/staff',
    {
      schema: {
        tags,
        summary: 'Create a staff account; the one-time password is shown once',
        body: createStaffInputSchema,
        response: { 200: oneTimePasswordSchema },
      },
    },
    async (request) => createStaff(request.ctx, request.body),
  );
  app.patch(
    '/api/staff/:id',
    {
      schema: {
        tags,
        summary: 'Change name, role, stores or status',
        params,
        body: updateStaffInputSchema,
        response: { 200: staffSchema },
      },
    },
    async (request) => updateStaff(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/staff/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Issue a new one-time password and end the member’s sessions',
        params,
        response: { 200: oneTimePasswordSchema },
      },
    },
    async (request) => resetStaffPassword(request.ctx, request.params.id),
  );
};
