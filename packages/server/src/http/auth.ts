import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  authenticateApiKey,
  authenticateSession,
  csrfTokenMatches,
  anonymousActor,
  withActor,
  type Ctx,
} from '@regulars/core';
import { sendError } from './error-handler';

/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'regulars_session';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the caller of every route from the session cookie or an `Authorization: Bearer`
 * API key, enforces CSRF on cookie-authenticated changes, and blocks everything but the
 * password change while a one-time password is in use.
 */
export function installAuth(app: FastifyInstance, base: Ctx): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config;
    if (config.auth === 'public' || !isProtectedPath(request.routeOptions.url)) {
      request.ctx = withActor(base, anonymousActor, request.id);
      return;
    }
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) {
      const actor = await authenticateApiKey(base, bearer);
      if (!actor) return sendError(reply, request, 'unauthenticated', 'The API key is not valid');
      request.ctx = withActor(base, actor, request.id);
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await authenticateSession(base, token) : undefined;
    if (!token || !session) return sendError(reply, request, 'unauthenticated', 'Please sign in');
    if (MUTATING.has(request.method) && !csrfOk(session.csrfToken, request)) {
      return sendError(reply, request, 'csrf_failed', 'The form has expired; reload the page');
    }
    if (session.mustChangePassword && !config.duringPasswordChange) {
      return sendError(reply, request, 'password_change_required', 'Change your one-time password first');
    }
    request.sessionToken = token;
    request.account = session.account;
    request.csrfToken = session.csrfToken;
    request.ctx = withActor(base, session.actor, request.id);
  });
}

/** Only the API needs a caller; the console's files and the API reference are public. */
function isProtectedPath(routeUrl: string | undefined): boolean {
  return routeUrl !== undefined && routeUrl.startsWith('/api/') && !routeUrl.startsWith('/api/docs');
}

function csrfOk(expected: string, request: FastifyRequest): boolean {
  const presented = request.headers['x-csrf-token'];
  return typeof presented === 'string' && csrfTokenMatches(expected, presented);
}

/** Sets the session cookie: httpOnly, SameSite=Lax, secure when configured. */
export function setSessionCookie(reply: FastifyReply, base: Ctx, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: base.config.session.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

/** Removes the session cookie (logout). */
export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
