import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '@regulars/core/testing';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';

describe('the console files', () => {
  let t: TestContext;
  let app: FastifyInstance;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'regulars-web-'));
  beforeAll(async () => {
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Regulars</title>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    t = await createTestContext('pglite');
    app = await buildApp({ ctx: t.ctx, handle: t.handle, webDir: dir });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page for deep links, with a content security policy', async () => {
    for (const url of ['/', '/staff', '/audit?action=auth.login']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>Regulars</title>');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves built files, and answers 404 for a missing one instead of the page', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
    const missing = await app.inject({ method: 'GET', url: '/assets/gone-after-rebuild.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('answers unknown API paths with JSON, never the page', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/unknown' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
