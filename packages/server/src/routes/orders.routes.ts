import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createdIntegrationSchema,
  createIntegrationInputSchema,
  errorBodySchema,
  guestPortraitSchema,
  integrationListSchema,
  listOrdersQuerySchema,
  orderBatchInputSchema,
  orderBatchResultSchema,
  orderEventInputSchema,
  orderInputSchema,
  orderSchema,
  pageOf,
} from '@regulars/contracts';
import {
  AppError,
  createIntegration,
  findIntegrationSecrets,
  getGuestPortrait,
  integrationActor,
  receiveWebhookOrder,
  withActor,
  getOrder,
  ingestOrder,
  ingestOrderBatch,
  listIntegrations,
  listOrders,
  recordOrderEvent,
} from '@regulars/core';
import { withIdempotency } from '../http/idempotency';
import {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  TIMESTAMP_HEADER,
  verifyWebhookSignature,
  type SignatureProblem,
} from '../http/webhook-signature';

const params = z.object({ id: z.string() });

/**
 * Orders: ingest (one, with Idempotency-Key; or a batch), list, open, refunds and cancellations,
 * the guest portrait, integrations and their signed webhooks. Ingest answers 201 when the order
 * is new and 200 with the stored order when source + externalId was seen before.
 */
export const ordersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/orders',
    {
      schema: {
        tags: ['orders'],
        summary:
          'Ingest one order: 201 when new, 200 with the stored order for a repeat of source + externalId',
        description:
          'Send `Idempotency-Key` to make retries safe: the same key and body replay the first answer; ' +
          'another body is 422 `idempotency_key_reused`; a retry while the first runs is 409 `request_in_progress`.',
        headers: z.looseObject({ 'idempotency-key': z.string().min(1).max(200).optional() }),
        body: orderInputSchema,
        response: { 200: orderSchema, 201: orderSchema, 409: errorBodySchema, 422: errorBodySchema },
      },
    },
    async (request, reply) =>
      withIdempotency(request, reply, async () => {
        const { order, duplicate } = await ingestOrder(request.ctx, request.body);
        return { status: duplicate ? 200 : 201, body: order };
      }),
  );

  app.post(
    '/api/orders/batch',
    {
      schema: {
        tags: ['orders'],
        summary: 'Ingest up to 1,000 orders; each is created, a duplicate, or refused on its own',
        body: orderBatchInputSchema,
        response: { 200: orderBatchResultSchema },
      },
      bodyLimit: 16 * 1024 * 1024,
    },
    async (request) => ingestOrderBatch(request.ctx, request.body.orders),
  );

  app.get(
    '/api/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'List orders, newest first (cursor = last id seen)',
        querystring: listOrdersQuerySchema,
        response: { 200: pageOf(orderSchema) },
      },
    },
    async (request) => listOrders(request.ctx, request.query),
  );

  app.get(
    '/api/orders/:id',
    {
      schema: {
        tags: ['orders'],
        summary: 'One order with its lines, refunds and cancellation',
        params,
        response: { 200: orderSchema, 404: errorBodySchema },
      },
    },
    async (request) => getOrder(request.ctx, request.params.id),
  );

  app.post(
    '/api/orders/:id/events',
    {
      schema: {
        tags: ['orders'],
        summary: 'Record a refund or a cancellation: 201 when new, 200 for a repeat of externalId',
        params,
        body: orderEventInputSchema,
        response: {
          200: orderSchema,
          201: orderSchema,
          404: errorBodySchema,
          409: errorBodySchema,
          422: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { order, duplicate } = await recordOrderEvent(request.ctx, request.params.id, request.body);
      return reply.status(duplicate ? 200 : 201).send(order);
    },
  );

  app.get(
    '/api/guests/:id/portrait',
    {
      schema: {
        tags: ['guests'],
        summary: 'What a guest buys, when and where: favourite items, dayparts, weekdays, channels, stores',
        params,
        response: { 200: guestPortraitSchema, 404: errorBodySchema },
      },
    },
    async (request) => getGuestPortrait(request.ctx, request.params.id),
  );

  app.post(
    '/api/integrations',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Register a platform that pushes orders by signed webhook; the secret is shown once',
        body: createIntegrationInputSchema,
        response: { 200: createdIntegrationSchema, 409: errorBodySchema },
      },
    },
    async (request) => createIntegration(request.ctx, request.body),
  );

  app.get(
    '/api/integrations',
    {
      schema: {
        tags: ['integrations'],
        summary: 'The registered integrations',
        response: { 200: integrationListSchema },
      },
    },
    async (request) => ({ items: await listIntegrations(request.ctx) }),
  );

  await app.register(webhookRoutes);
};

const PROBLEMS: Record<SignatureProblem, string> = {
  missing: `Sign the request: ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER} headers are required`,
  expired: `The signature is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds old (or ahead); sign it again`,
  mismatch: 'The signature does not match this source’s secret',
};

/**
 * `POST /api/webhooks/:source`: public, authenticated by the HMAC signature of the raw body. Its
 * own plugin so that the JSON parser that keeps the raw bytes applies to this route only.
 */
const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  app.post(
    '/api/webhooks/:source',
    {
      schema: {
        tags: ['integrations'],
        summary: 'Receive one order from a registered platform, signed with its secret: 201 new, 200 repeat',
        description:
          `Headers: \`${TIMESTAMP_HEADER}\` (unix seconds, within ${SIGNATURE_TOLERANCE_SECONDS} s) and ` +
          `\`${SIGNATURE_HEADER}\` = hex HMAC-SHA256 of \`<timestamp>.<raw body>\` with the integration secret. ` +
          'The body is an order whose `source` is the path’s source.',
        params: z.object({ source: z.string() }),
        body: orderInputSchema,
        response: { 200: orderSchema, 201: orderSchema, 401: errorBodySchema, 403: errorBodySchema },
      },
      // The signature covers the raw bytes: the body is checked and parsed in the handler, after it.
      validatorCompiler: () => (data) => ({ value: data }),
      config: { auth: 'public', rateLimit: { max: 60_000, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const raw = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : '');
      const integrations = await findIntegrationSecrets(request.ctx, request.params.source);
      const verdict = verifyWebhookSignature({
        secrets: integrations.map((i) => i.secret),
        timestamp: headerOf(request.headers[TIMESTAMP_HEADER]),
        signature: headerOf(request.headers[SIGNATURE_HEADER]),
        rawBody: raw,
        now: request.ctx.clock.now(),
      });
      if (!verdict.ok) throw new AppError('unauthenticated', PROBLEMS[verdict.problem]);
      const integration = integrations[verdict.index]!;
      const ctx = withActor(request.ctx, integrationActor(integration), request.id);
      const { order, duplicate } = await receiveWebhookOrder(ctx, integration, parseOrder(raw));
      return reply.status(duplicate ? 200 : 201).send(order);
    },
  );
};

function headerOf(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseOrder(raw: Buffer): z.infer<typeof orderInputSchema> {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new AppError('validation_failed', 'The request could not be read', [
      { path: 'body', message: 'not JSON' },
    ]);
  }
  const parsed = orderInputSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'The request is not valid',
      parsed.error.issues.map((issue) => ({
        path: ['body', ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}
