import 'fastify';
import type { Staff } from '@regulars/contracts';
import type { Ctx } from '@regulars/core';

/** What the auth hook (auth.ts) adds to every request, and the route options it reads. */
declare module 'fastify' {
  interface FastifyRequest {
    /** The use-case context acting as the authenticated caller. */
    ctx: Ctx;
    /** The session token when signed in through the console (never logged). */
    sessionToken?: string;
    /** The signed-in member's own account and CSRF token, from the session (no query). */
    account?: Staff;
    csrfToken?: string;
  }
  interface FastifyContextConfig {
    /** `public`: no sign-in needed. Default: a session or API key is required. */
    auth?: 'public';
    /** Allowed while the signed-in member still has to change a one-time password. */
    duringPasswordChange?: boolean;
  }
}
