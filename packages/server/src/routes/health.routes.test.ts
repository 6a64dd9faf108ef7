import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type TestApp } from '../../test/test-app';

describe.each(testBackends())('operations routes on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it('answers /health and /ready without signing in', async () => {
    expect((await t.call(undefined, 'GET', '/health')).json()).toEqual({ status: 'ok' });
    expect((await t.call(undefined, 'GET', '/ready')).json()).toEqual({
      status: 'ready',
      database: t.handle.kind,
    });
  });

  it('serves an OpenAPI document that lists every API route', async () => {
    const doc = (await t.call(undefined, 'GET', '/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/auth/login',
      '/api/me',
      '/api/staff',
      '/api/stores',
      '/api/audit',
      '/api/api-keys',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect((await t.call(undefined, 'GET', '/api/docs/')).statusCode).toBe(200);
  });

  it('answers /ready with 503 once the database is gone', async () => {
    const other = await createTestApp(backend);
    await other.handle.close();
    const response = await other.call(undefined, 'GET', '/ready');
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('not_ready');
    await other.close();
  });
});
