import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ACTIONS,
  changePasswordInputSchema,
  errorBodySchema,
  loginInputSchema,
  meSchema,
  type Me,
  type Staff,
} from '@regulars/contracts';
import { allowedActions, changeOwnPassword, getOwnAccount, login, logout, type Ctx } from '@regulars/core';
import { clearSessionCookie, setSessionCookie } from '../http/auth';

/** Sign-in, sign-out, the signed-in member and their password. */
export const authRoutes: FastifyPluginAsyncZod<{ base: Ctx }> = async (app, { base }) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: loginInputSchema,
        response: { 200: meSchema, 401: errorBodySchema, 403: errorBodySchema, 423: errorBodySchema },
      },
      config: {
        auth: 'public',
        rateLimit: { max: base.config.login.ratePerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const signedIn = await login(request.ctx, request.body);
      setSessionCookie(reply, base, signedIn.token, signedIn.expiresAt);
      return describeMe(signedIn.account, signedIn.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out; the session ends everywhere at once',
        response: { 204: z.null() },
      },
      config: { duringPasswordChange: true },
    },
    async (request, reply) => {
      if (request.sessionToken) await logout(request.ctx, request.sessionToken);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in staff member and what they may do',
        response: { 200: meSchema },
      },
      config: { duringPasswordChange: true },
    },
    async (request) =>
      describeMe(request.account ?? (await getOwnAccount(request.ctx)), request.csrfToken ?? ''),
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (ends your other sessions)',
        body: changePasswordInputSchema,
        response: { 200: meSchema },
      },
      config: { duringPasswordChange: true },
    },
    async (request) => {
      await changeOwnPassword(request.ctx, request.body);
      return describeMe(await getOwnAccount(request.ctx), request.csrfToken ?? '');
    },
  );
};

/** The `Me` answer: the member's account, what they may do, and the session's CSRF token. */
function describeMe(account: Staff, csrfToken: string): Me {
  const actor = { kind: 'staff' as const, id: account.id, role: account.role, storeIds: account.storeIds };
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    storeIds: account.storeIds,
    permissions: allowedActions(actor, ACTIONS),
    mustChangePassword: account.mustChangePassword,
    csrfToken,
  };
}
