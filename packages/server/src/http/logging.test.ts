import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@regulars/core';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type TestApp } from '../../test/test-app';

describe.each(testBackends())('structured logs on %s', (backend) => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new PassThrough();
    stream
      .setEncoding('utf8')
      .on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
    t = await createTestApp(backend, { log: createLogger('trace', stream) });
  });
  afterAll(() => t.close());

  it('never contain passwords, session tokens, e-mails or query strings', async () => {
    const admin = await t.signIn('brand_admin');
    const created = await t.call(admin, 'POST', '/api/staff', {
      email: 'secret.person@example.com',
      name: 'Secret Person',
      role: 'analyst',
    });
    const otp = created.json().oneTimePassword as string;
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'secret.person@example.com', password: otp },
    });
    await t.call(admin, 'GET', '/api/staff?q=secret.person%40example.com');
    await new Promise((r) => setTimeout(r, 50));
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(text).toContain('"requestId"');
    for (const secret of [
      otp,
      admin.password,
      admin.cookie.split('=')[1]!,
      admin.csrf,
      'secret.person',
      admin.email,
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
