import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '@regulars/core';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type TestApp } from '../../test/test-app';

describe.each(testBackends())('auth routes on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it('signs in with a one-time password, demands a change, then opens the API', async () => {
    const { oneTimePassword } = await createStaff(t.ctx, {
      email: 'new.admin@example.com',
      name: 'New',
      role: 'brand_admin',
      storeIds: null,
    });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'New.Admin@example.com', password: oneTimePassword },
    });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/regulars_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const session = {
      cookie: setCookie.split(';')[0]!,
      csrf: login.json().csrfToken,
      id: '',
      email: '',
      password: '',
    };
    expect(login.json()).toMatchObject({ role: 'brand_admin', mustChangePassword: true });

    const blocked = await t.call(session, 'GET', '/api/staff');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    const weak = await t.call(session, 'POST', '/api/me/password', {
      currentPassword: oneTimePassword,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.newPassword');

    const changed = await t.call(session, 'POST', '/api/me/password', {
      currentPassword: oneTimePassword,
      newPassword: 'a much better passphrase',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    expect((await t.call(session, 'GET', '/api/staff')).statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const member = await t.signIn('analyst');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: 'not the password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.com', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('locks an account after five failures, even for the right password', async () => {
    const member = await t.signIn('marketer');
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: member.email, password: 'wrong guess' },
      });
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: member.password },
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
    t.clock.advance(16 * 60_000);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: member.password },
    });
    expect(after.statusCode).toBe(200);
  });

  it('refuses a change without the CSRF token', async () => {
    const owner = await t.signIn('owner');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/brands',
      headers: { cookie: owner.cookie },
      payload: { name: 'Sneaky' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });

  it('ends the session at logout so the cookie no longer works', async () => {
    const member = await t.signIn('cashier', [t.storeIds[0]!]);
    expect((await t.call(member, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await t.call(member, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    const after = await t.call(member, 'GET', '/api/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('expires an idle session', async () => {
    const member = await t.signIn('analyst');
    t.clock.advance(31 * 60_000);
    expect((await t.call(member, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('answers unauthenticated without a cookie, and not_found for unknown API paths', async () => {
    const me = await t.call(undefined, 'GET', '/api/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().error.requestId).toMatch(/^req_/);
    expect((await t.call(undefined, 'GET', '/api/nothing-here')).json().error.code).toBe('not_found');
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@example.com', password: 'x', admin: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('answers malformed JSON with validation_failed, never a stack trace', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/at .*\.ts/);
    expect(response.json().error.code).toBe('validation_failed');
  });
});
