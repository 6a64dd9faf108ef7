import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertGuest } from '@regulars/core';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

const FILE = Buffer.from(
  [
    'receipt,at,item,qty,price,member',
    'R1,2024-03-01 12:00,Margherita,2,38.00,M1',
    'R1,2024-03-01 12:00,Cola,1,6.50,M1',
    'R2,2024-03-02 12:00,Cola,1,6.50,',
    'R3,tomorrow,Cola,1,6.50,M2',
  ].join('\n'),
);
const MAPPING = {
  name: 'http',
  identities: [{ column: 'member', kind: 'app_member' }],
  columns: { orderId: 'receipt', placedAt: 'at', itemName: 'item', quantity: 'qty', unitPrice: 'price' },
};

describe.each(testBackends())('import and export routes on %s', (backend) => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.signIn('brand_admin');
  });
  afterAll(() => t.close());

  const upload = (
    session: Session,
    query: Record<string, string>,
    body: Buffer | string,
    type = 'text/csv',
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/imports?${new URLSearchParams(query).toString()}`,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': type },
      payload: body,
    });

  async function finished(session: Session, id: string) {
    for (let i = 0; i < 200; i++) {
      const response = await t.call(session, 'GET', `/api/imports/${id}`);
      if (response.json().status !== 'running') return response;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  it('imports an uploaded file in the background and shows progress and the report', async () => {
    const started = await upload(
      admin,
      {
        kind: 'orders',
        fileName: 'till.csv',
        storeId: t.storeIds[0]!,
        mapping: JSON.stringify(MAPPING),
      },
      FILE,
    );
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({
      kind: 'orders',
      fileName: 'till.csv',
      mappingName: 'http',
      totalRows: 4,
    });
    const done = await finished(admin, started.json().id);
    expect(done.json()).toMatchObject({
      status: 'finished',
      processedRows: 4,
      goodRows: 3,
      badRows: 1,
      report: {
        orders: { created: 2, anonymous: 1, lines: 3 },
        badRowList: [{ line: 5, reason: 'unreadable_date', detail: 'tomorrow' }],
      },
    });
    const list = await t.call(admin, 'GET', '/api/imports');
    expect(list.json().items.map((j: { id: string }) => j.id)).toContain(started.json().id);
    const again = await upload(
      admin,
      {
        kind: 'orders',
        fileName: 'till.csv',
        storeId: t.storeIds[0]!,
        mapping: JSON.stringify(MAPPING),
      },
      FILE,
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: started.json().id, status: 'finished' });
  });

  it('takes a gzipped upload', async () => {
    const started = await upload(
      admin,
      { kind: 'orders', storeId: t.storeIds[1]!, mapping: JSON.stringify({ ...MAPPING, name: 'http-gz' }) },
      gzipSync(FILE),
      'application/gzip',
    );
    expect(started.statusCode).toBe(202);
    expect((await finished(admin, started.json().id)).json().report.orders.created).toBe(2);
  });

  it('answers a mapping that is not JSON, does not fit the file, or a missing file with the reason', async () => {
    const notJson = await upload(admin, { kind: 'orders', mapping: '{nope' }, FILE);
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'querystring.mapping' }],
    });
    const misfit = await upload(
      admin,
      {
        kind: 'orders',
        storeId: t.storeIds[0]!,
        mapping: JSON.stringify({ ...MAPPING, columns: { ...MAPPING.columns, quantity: 'Qty!' } }),
      },
      FILE,
    );
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json().error.code).toBe('import_failed');
    expect(misfit.json().error.message).toMatch(/"Qty!".*Columns: receipt, at/);
    const noFile = await t.call(
      admin,
      'POST',
      `/api/imports?kind=orders&mapping=${encodeURIComponent('{}')}`,
      { a: 1 },
    );
    expect(noFile.statusCode).toBe(400);
    expect((await t.call(admin, 'GET', '/api/imports/imp_unknown')).json().error.code).toBe('not_found');
  });

  it('lets only roles with imports.run upload or read imports', async () => {
    const manager = await t.signIn('store_manager', [t.storeIds[0]!]);
    const refused = await upload(
      manager,
      { kind: 'orders', storeId: t.storeIds[0]!, mapping: JSON.stringify(MAPPING) },
      FILE,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    expect((await t.call(manager, 'GET', '/api/imports')).statusCode).toBe(403);
  });

  it('exports the guest list as CSV at a path that does not clash with /api/guests/:id', async () => {
    await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13811112222' }],
      profile: { name: '@王明' },
      channel: 'app',
      storeId: t.storeIds[0],
    });
    const response = await t.call(admin, 'GET', '/api/guests/export.csv?purpose=service&includeContact=true');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="guests-\d{8}\.csv"$/);
    expect(response.body.startsWith('\uFEFFguest_id,name,phone,email')).toBe(true);
    expect(response.body).toContain(",'@王明,'+8613811112222,");
    expect(Number(response.headers['x-export-count'])).toBeGreaterThanOrEqual(1);
    const byId = await t.call(admin, 'GET', '/api/guests/gst_00000000000000000000000000');
    expect(byId.json().error.code).toBe('guest_not_found');
  });

  it('masks contact for a marketer and refuses a cashier or a marketing export without a channel', async () => {
    const marketer = await t.signIn('marketer');
    const masked = await t.call(
      marketer,
      'GET',
      '/api/guests/export.csv?purpose=service&includeContact=true',
    );
    expect(masked.statusCode).toBe(200);
    expect(masked.body).toContain('138****2222');
    expect(masked.body).not.toContain('13811112222');
    const noChannel = await t.call(marketer, 'GET', '/api/guests/export.csv?purpose=marketing');
    expect(noChannel.statusCode).toBe(400);
    expect(noChannel.json().error.code).toBe('validation_failed');
    const cashier = await t.signIn('cashier', [t.storeIds[0]!]);
    const refused = await t.call(cashier, 'GET', '/api/guests/export.csv?purpose=service');
    expect(refused.statusCode).toBe(403);
  });
});
