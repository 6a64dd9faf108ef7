import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '@regulars/contracts';
import { changeOwnPassword, withActor, type Config, type Logger } from '@regulars/core';
import { createTestContext, seedOrg, staffActor, type TestContext } from '@regulars/core/testing';
import { buildApp } from '../src/app';

export type Session = { cookie: string; csrf: string; id: string; email: string; password: string };

export type TestApp = TestContext & {
  app: FastifyInstance;
  storeIds: string[];
  /** A staff member of the role, signed in through the real login route, password changed. */
  signIn: (role: Role, storeIds?: string[] | null) => Promise<Session>;
  call: (
    session: Session | undefined,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ) => Promise<LightMyRequestResponse>;
};

/** The real HTTP app on a fresh database with a brand of three stores. */
export async function createTestApp(
  backend: 'pglite' | 'postgres',
  options: { log?: Logger; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const t = await createTestContext(backend, options.config);
  if (options.log) t.ctx.log = options.log;
  const { storeIds } = await seedOrg(t.ctx, 3);
  const app = await buildApp({ ctx: t.ctx, handle: t.handle, webDir: false });
  const call: TestApp['call'] = (session, method, url, body) =>
    app.inject({
      method,
      url,
      headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const signIn = async (role: Role, scope: string[] | null = null): Promise<Session> => {
    const member = await staffActor(t.ctx, role, scope);
    const password = 'a long enough passphrase';
    await changeOwnPassword(withActor(t.ctx, member.actor), {
      currentPassword: member.password,
      newPassword: password,
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password },
    });
    const cookie = String(response.headers['set-cookie']).split(';')[0]!;
    return { cookie, csrf: response.json().csrfToken, id: member.id, email: member.email, password };
  };
  return {
    ...t,
    app,
    storeIds,
    signIn,
    call,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}
