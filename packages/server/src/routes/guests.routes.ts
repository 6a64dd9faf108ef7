import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  consentInputSchema,
  consentListSchema,
  dataQualityFixInputSchema,
  dataQualityFixResultSchema,
  dataQualityReportSchema,
  eraseGuestInputSchema,
  erasureResultSchema,
  guestDataExportSchema,
  guestProfileInputSchema,
  guestSchema,
  guestSummarySchema,
  listGuestsQuerySchema,
  mergeInputSchema,
  mergeListSchema,
  mergeSchema,
  pageOf,
  revealInputSchema,
  revealResultSchema,
  upsertGuestInputSchema,
  withdrawAllConsentInputSchema,
} from '@regulars/contracts';
import {
  eraseGuest,
  exportGuestData,
  fixDataQuality,
  getDataQualityReport,
  getGuest,
  listGuests,
  listMerges,
  mergeGuests,
  revealGuestField,
  setConsent,
  updateGuest,
  upsertGuest,
  withdrawAllConsent,
} from '@regulars/core';

const tags = ['guests'];
const params = z.object({ id: z.string() });

/** Guests: list and search, register, the 360° profile, corrections, consent, merges, rights. */
export const guestsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/guests',
    {
      schema: {
        tags,
        summary: 'List guests; `q` is matched exactly against phone, e-mail, card or name',
        querystring: listGuestsQuerySchema,
        response: { 200: pageOf(guestSummarySchema) },
      },
    },
    async (request) => listGuests(request.ctx, request.query),
  );
  app.post(
    '/api/guests',
    {
      schema: {
        tags,
        summary: 'Register a guest, or update the one an identity already belongs to',
        description: '201 when a guest was created, 200 when an existing guest was matched.',
        body: upsertGuestInputSchema,
        response: { 200: guestSchema, 201: guestSchema },
      },
    },
    async (request, reply) => {
      const { guest, created } = await upsertGuest(request.ctx, request.body);
      return reply.code(created ? 201 : 200).send(guest);
    },
  );
  app.get(
    '/api/guests/:id',
    {
      schema: {
        tags,
        summary: 'The 360° profile, personal fields masked',
        params,
        response: { 200: guestSchema },
      },
    },
    async (request) => getGuest(request.ctx, request.params.id),
  );
  app.patch(
    '/api/guests/:id',
    {
      schema: {
        tags,
        summary: 'Correct profile fields',
        params,
        body: guestProfileInputSchema,
        response: { 200: guestSchema },
      },
    },
    async (request) => updateGuest(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/guests/:id/reveal',
    {
      schema: {
        tags,
        summary: 'Show one personal field in clear for a stated purpose (audited)',
        params,
        body: revealInputSchema,
        response: { 200: revealResultSchema },
      },
    },
    async (request) => revealGuestField(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/guests/:id/consents',
    {
      schema: {
        tags,
        summary: 'Grant or withdraw one purpose on some channels',
        params,
        body: consentInputSchema,
        response: { 200: consentListSchema },
      },
    },
    async (request) => ({ items: await setConsent(request.ctx, request.params.id, request.body) }),
  );
  app.post(
    '/api/guests/:id/consents/withdraw-all',
    {
      schema: {
        tags,
        summary: 'Withdraw every purpose on every channel',
        params,
        body: withdrawAllConsentInputSchema,
        response: { 200: consentListSchema },
      },
    },
    async (request) => ({ items: await withdrawAllConsent(request.ctx, request.params.id, request.body) }),
  );
  app.get(
    '/api/guests/:id/merges',
    {
      schema: { tags, summary: 'Merges this guest took part in', params, response: { 200: mergeListSchema } },
    },
    async (request) => ({ items: await listMerges(request.ctx, request.params.id) }),
  );
  app.post(
    '/api/guests/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge another guest into this one (can be undone)',
        params,
        body: mergeInputSchema,
        response: { 200: mergeSchema },
      },
    },
    async (request) =>
      mergeGuests(request.ctx, request.params.id, request.body.mergedId, {
        reason: request.body.candidateId ? 'merge review' : 'staff decision',
        candidateId: request.body.candidateId,
      }),
  );
  app.get(
    '/api/guests/:id/export',
    {
      schema: {
        tags,
        summary: 'Everything held about the guest, in clear, as a download (data-subject request; audited)',
        params,
        response: { 200: guestDataExportSchema },
      },
    },
    async (request, reply) => {
      const exported = await exportGuestData(request.ctx, request.params.id);
      return reply
        .header('content-disposition', `attachment; filename="guest-${exported.guest.id}.json"`)
        .header('cache-control', 'no-store')
        .send(exported);
    },
  );
  app.post(
    '/api/guests/:id/erase',
    {
      schema: {
        tags,
        summary: 'Erase the guest’s personal data (orders stay, anonymous)',
        params,
        body: eraseGuestInputSchema,
        response: { 200: erasureResultSchema },
      },
    },
    async (request) => eraseGuest(request.ctx, request.params.id, { reason: request.body.reason }),
  );
  app.get(
    '/api/data-quality',
    {
      schema: {
        tags,
        summary: 'Duplicates, invalid contacts, stale profiles and guests without identity',
        response: { 200: dataQualityReportSchema },
      },
    },
    async (request) => getDataQualityReport(request.ctx),
  );
  app.post(
    '/api/data-quality/fix',
    {
      schema: {
        tags,
        summary: 'Run a safe fix: queue duplicates for review, or remove invalid contacts',
        body: dataQualityFixInputSchema,
        response: { 200: dataQualityFixResultSchema },
      },
    },
    async (request) => fixDataQuality(request.ctx, request.body),
  );
};
