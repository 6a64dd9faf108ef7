import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@regulars/contracts';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

type Probe = { method: 'GET' | 'POST'; url: string; body?: unknown; allowed: Role[] };

/** Every protected route against every role: allowed roles pass, the rest get 403. */
const PROBES: Probe[] = [
  { method: 'GET', url: '/api/brands', allowed: [...ROLES] },
  { method: 'GET', url: '/api/stores', allowed: [...ROLES] },
  { method: 'POST', url: '/api/brands', body: { name: 'B' }, allowed: ['owner', 'brand_admin'] },
  { method: 'GET', url: '/api/staff', allowed: ['owner', 'brand_admin', 'store_manager', 'auditor'] },
  { method: 'GET', url: '/api/api-keys', allowed: ['owner', 'brand_admin'] },
  { method: 'GET', url: '/api/audit', allowed: ['owner', 'auditor'] },
];

describe.each(testBackends())('the permission matrix over HTTP on %s', (backend) => {
  let t: TestApp;
  const sessions = new Map<Role, Session>();
  beforeAll(async () => {
    t = await createTestApp(backend);
    for (const role of ROLES) {
      const scoped = role === 'store_manager' || role === 'cashier' ? [t.storeIds[0]!] : null;
      sessions.set(role, await t.signIn(role, scoped));
    }
  });
  afterAll(() => t.close());

  for (const probe of PROBES) {
    it(`${probe.method} ${probe.url}: ${probe.allowed.join(', ')} only`, async () => {
      for (const role of ROLES) {
        const response = await t.call(sessions.get(role), probe.method, probe.url, probe.body);
        const expected = probe.allowed.includes(role) ? 200 : 403;
        expect({ role, status: response.statusCode }).toEqual({ role, status: expected });
      }
      const anonymous = await t.call(undefined, probe.method, probe.url, probe.body);
      expect(anonymous.statusCode).toBe(401);
    });
  }

  it('lists only the stores in a scoped member’s scope', async () => {
    const stores = await t.call(sessions.get('cashier'), 'GET', '/api/stores');
    expect(stores.json().items.map((s: { id: string }) => s.id)).toEqual([t.storeIds[0]]);
  });
});
