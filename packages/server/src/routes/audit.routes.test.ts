import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('audit log routes on %s', (backend) => {
  let t: TestApp;
  let auditor: Session;
  beforeAll(async () => {
    t = await createTestApp(backend);
    auditor = await t.signIn('auditor');
  });
  afterAll(() => t.close());

  it('shows who did what, with the request id, and filters by action', async () => {
    const admin = await t.signIn('brand_admin');
    const created = await t.call(admin, 'POST', '/api/staff', {
      email: 'audited@example.com',
      name: 'A',
      role: 'analyst',
    });
    const log = await t.call(auditor, 'GET', '/api/audit?action=staff.create&limit=200');
    expect(log.statusCode).toBe(200);
    const entry = log
      .json()
      .items.find((e: { entityIds: string[] }) => e.entityIds.includes(created.json().staff.id));
    expect(entry).toMatchObject({
      actorKind: 'staff',
      actorId: admin.id,
      requestId: created.headers['x-request-id'],
    });
    expect(log.json().items.every((e: { action: string }) => e.action === 'staff.create')).toBe(true);
  });

  it('records that the auditor read the log', async () => {
    await t.call(auditor, 'GET', '/api/audit?limit=1');
    const log = await t.call(auditor, 'GET', `/api/audit?action=audit.list&actorId=${auditor.id}`);
    expect(log.json().items.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a malformed date filter', async () => {
    const response = await t.call(auditor, 'GET', '/api/audit?from=yesterday');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('querystring.from');
  });

  it('cannot be changed or emptied, even by the database owner', async () => {
    const refused = (e: unknown) =>
      /append-only/.test(String((e as Error & { cause?: Error }).cause?.message));
    await expect(t.ctx.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toSatisfy(refused);
    await expect(t.ctx.db.execute(sql`DELETE FROM audit_log`)).rejects.toSatisfy(refused);
  });
});
