import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@regulars/core';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type TestApp } from '../../test/test-app';

describe.each(testBackends())('rate limits and shutdown on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    const base = loadConfig({});
    t = await createTestApp(backend, {
      config: { login: { ...base.login, ratePerMinute: 3 } },
    });
  });
  afterAll(() => t.close());

  it('slows down repeated sign-in attempts from one address with rate_limited', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'a@example.com', password: 'x' },
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
  });

  it('limits other public routes but never the health probes or signed-in calls', async () => {
    const other = await createTestApp(backend, { config: { publicRatePerMinute: 4 } });
    try {
      const owner = await other.signIn('owner');
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        statuses.push((await other.call(undefined, 'GET', '/api/openapi.json')).statusCode);
      }
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(statuses.at(-1)).toBe(429);
      for (let i = 0; i < 6; i++) expect((await other.call(undefined, 'GET', '/ready')).statusCode).toBe(200);
      for (let i = 0; i < 6; i++) expect((await other.call(owner, 'GET', '/api/me')).statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('finishes a request in flight when asked to stop, then refuses new ones', async () => {
    const other = await createTestApp(backend);
    let release: () => void = () => undefined;
    other.app.get('/api/slow', { config: { auth: 'public' } }, async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { done: true };
    });
    const address = await other.app.listen({ port: 0, host: '127.0.0.1' });
    const inFlight = fetch(`${address}/api/slow`);
    await new Promise((r) => setTimeout(r, 100));
    const closing = other.app.close();
    await new Promise((r) => setTimeout(r, 100));
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${address}/health`)).rejects.toThrow();
    await other.close();
  });
});
