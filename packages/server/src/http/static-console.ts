import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler';

/** Where `npm run build` puts the console. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built console from `webDir`, with every non-API GET falling back to index.html
 * so deep links work. Without a build it answers with a page that says how to build it;
 * with `false` (API only, development) every unknown path is a JSON `not_found`.
 */
export async function serveConsole(app: FastifyInstance, webDir: string | false): Promise<void> {
  const built = webDir !== false && existsSync(path.join(webDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    // Missing build files (`/assets/…`) are 404s, not the page: a stale tab must not run HTML as script.
    const isPage =
      webDir !== false &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      request.url !== '/api' &&
      !request.url.startsWith('/assets/');
    if (!isPage) return sendError(reply, request, 'not_found', 'No such endpoint');
    reply.header('content-security-policy', CONSOLE_CSP);
    if (built) return reply.type('text/html').sendFile('index.html');
    return reply
      .type('text/html')
      .send(
        '<!doctype html><meta charset="utf-8"><title>Regulars</title><p>The console is not built. Run <code>npm run build</code>.</p>',
      );
  });
}
