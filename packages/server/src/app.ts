import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Ctx, DbHandle } from '@regulars/core';
import { installAuth } from './http/auth';
import { installErrorHandler } from './http/error-handler';
import { DEFAULT_WEB_DIR, serveConsole } from './http/static-console';
import { apiKeyRoutes } from './routes/api-keys.routes';
import { auditRoutes } from './routes/audit.routes';
import { authRoutes } from './routes/auth.routes';
import { healthRoutes } from './routes/health.routes';
import { orgRoutes } from './routes/org.routes';
import { staffRoutes } from './routes/staff.routes';
import { guestsRoutes } from './routes/guests.routes';
import { mergesRoutes } from './routes/merges.routes';
import { ordersRoutes } from './routes/orders.routes';
import { menuRoutes } from './routes/menu.routes';
import { importsRoutes } from './routes/imports.routes';

/** The context and database the app serves, and where the console files are. */
export type AppOptions = {
  ctx: Ctx;
  handle: DbHandle;
  /** Folder of the built console; defaults to packages/web/dist. False: no console. */
  webDir?: string | false;
};

const PROCESS_TAG = randomBytes(4).toString('hex');
let requestCounter = 0;

/** Request ids unique across processes and restarts (`req_<process tag><counter>`), cheap to make. */
function nextRequestId(): string {
  requestCounter += 1;
  return `req_${PROCESS_TAG}${requestCounter.toString(36).padStart(6, '0')}`;
}

/** Builds the HTTP app on the given context. `app.inject()` drives it in tests. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const base = options.ctx;
  const app = Fastify({
    loggerInstance: base.log,
    genReqId: nextRequestId,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;
  // Plain callback hooks (no promise per request). On shutdown, answers in flight close their
  // connection so keep-alive clients let go at once.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers({
      'x-request-id': request.id,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    if (closing) reply.header('connection', 'close');
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  // Rate limits sit on the public routes only (sign-in has its own, stricter one); health probes
  // are exempt. Signed-in traffic pays nothing for them.
  app.addHook('onRoute', (route) => {
    const isProbe = route.url === '/health' || route.url === '/ready';
    const isPublic = route.config?.auth === 'public' || route.url.startsWith('/api/docs');
    if (isPublic && !isProbe && !route.config?.rateLimit) {
      route.config = {
        ...route.config,
        rateLimit: { max: base.config.publicRatePerMinute, timeWindow: '1 minute' },
      };
    }
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Regulars API',
        description:
          'CRM and loyalty for restaurant and café brands. Errors: `{ error: { code, message, details?, requestId } }`.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'regulars_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { auth: 'public' } }, async () =>
    app.swagger(),
  );

  installAuth(app, base);
  await app.register(healthRoutes, { handle: options.handle });
  await app.register(authRoutes, { base });
  await app.register(orgRoutes);
  await app.register(staffRoutes);
  await app.register(apiKeyRoutes);
  await app.register(auditRoutes);
  await app.register(guestsRoutes);
  await app.register(mergesRoutes);
  await app.register(ordersRoutes);
  await app.register(menuRoutes);
  await app.register(importsRoutes);
  await serveConsole(app, options.webDir === false ? false : (options.webDir ?? DEFAULT_WEB_DIR));
  return app;
}
