import { gzipSync } from 'node:zlib';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportMappingInput } from '@regulars/contracts';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { auditLog } from '../audit/audit.tables';
import { guestIdentities, guests, mergeCandidates } from '../guests/guests.tables';
import { identityIndex, unseal } from '../guests/index';
import { upsertGuest } from '../guests/guests.service';
import { orderEvents, orderLines, orders } from '../orders/orders.tables';
import { runImport, startImport } from './run-import';

const csv = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);

/** GBK bytes of the few Chinese characters the fixtures use (Node has no GBK encoder). */
const GBK: Record<string, number[]> = {
  王: [0xcd, 0xf5],
  明: [0xc3, 0xf7],
  李: [0xc0, 0xee],
  娜: [0xc4, 0xc8],
  姓: [0xd0, 0xd5],
  名: [0xc3, 0xfb],
  会: [0xbb, 0xe1],
  员: [0xd4, 0xb1],
  号: [0xba, 0xc5],
  手: [0xca, 0xd6],
  机: [0xbb, 0xfa],
  生: [0xc9, 0xfa],
  日: [0xc8, 0xd5],
};
const gbk = (lines: string[]) =>
  Buffer.from([...`${lines.join('\r\n')}\r\n`].flatMap((c) => GBK[c] ?? [...Buffer.from(c)]));

const ORDERS = [
  'order_no,placed,item,item_name,qty,price,member,phone,shop',
  'A1,2024-03-01 12:00,P1,Margherita,2,38.00,M001,13812345678,S1',
  'A1,2024-03-01 12:00,D1,Cola,1,6.50,M001,13812345678,S1',
  'A2,2024/03/02 18:30,P2,Pepperoni,1,42,M002,,S2',
  'A3,not a date,P1,Margherita,1,38,M001,,S1',
  'A4,2024-03-03 12:00,P1,Margherita,1,38,,,S1',
  'A5,2024-03-03 13:00,P1,Margherita,1,38,M003,,S9',
  ',2024-03-03 13:00,P1,Margherita,1,38,M003,,S1',
  'C1,2024-03-04 10:00,D1,Cola,-1,6.50,M001,,S1',
  'A6,2024-03-05 09:00,P1,Margherita,1.5,38,M002,,S1',
];

const ordersMapping = (name: string): ImportMappingInput => ({
  name,
  kind: 'orders',
  store: { column: 'shop' },
  identities: [
    { column: 'member', kind: 'app_member' },
    { column: 'phone', kind: 'phone' },
  ],
  columns: {
    orderId: 'order_no',
    placedAt: 'placed',
    sku: 'item',
    itemName: 'item_name',
    quantity: 'qty',
    unitPrice: 'price',
  },
  cancellation: { column: 'order_no', prefix: 'C' },
});

describe.each(testBackends())('CSV import on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  const ordersOf = (source: string) =>
    t.ctx.db.select().from(orders).where(eq(orders.source, source)).orderBy(orders.externalId);
  const guestByMember = async (member: string) => {
    const [row] = await t.ctx.db
      .select({ guest: guests })
      .from(guests)
      .innerJoin(guestIdentities, eq(guestIdentities.guestId, guests.id))
      .where(eq(guestIdentities.valueIndex, identityIndex(t.ctx.keyring, 'app_member', '', member)));
    return row?.guest;
  };

  it('lands the good rows, reports bad rows with line and reason, and records the cancellation', async () => {
    const job = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'orders.csv',
      bytes: csv(ORDERS),
      mapping: ordersMapping('shop'),
    });
    expect(job.status).toBe('finished');
    expect(job.report!.badRowList).toEqual([
      { line: 5, reason: 'unreadable_date', detail: 'not a date' },
      { line: 7, reason: 'unknown_store', detail: 'S9' },
      { line: 8, reason: 'missing_order_id' },
      { line: 10, reason: 'unreadable_quantity', detail: '1.5' },
    ]);
    expect(job.report).toMatchObject({
      rows: 9,
      goodRows: 5,
      badRows: 4,
      orders: { inFile: 3, created: 3, anonymous: 1, lines: 4, alreadyPresent: 0 },
      guests: { created: 2, withOrders: 2 },
      cancellations: { lines: 1, invoices: 1, matchedLines: 1, unmatchedLines: 0, refundedFen: 650 },
    });
    expect(job.report!.quirks.missing_customer).toEqual({ count: 1, lines: [6] });
    const rows = await ordersOf('import:shop');
    expect(
      rows.map((o) => [o.externalId, o.storeId, o.grossFen, o.refundedFen, o.status, o.itemCount]),
    ).toEqual([
      ['A1', storeIds[0], 8250, 650, 'partially_refunded', 3],
      ['A2', storeIds[1], 4200, 0, 'completed', 1],
      ['A4', storeIds[0], 3800, 0, 'completed', 1],
    ]);
    expect(rows[0]).toMatchObject({
      localDate: '2024-03-01',
      localHour: 12,
      placedAt: new Date('2024-03-01T04:00:00Z'),
    });
    expect(rows[1]!.placedAt.toISOString()).toBe('2024-03-02T10:30:00.000Z');
    const events = await t.ctx.db.select().from(orderEvents).where(eq(orderEvents.orderId, rows[0]!.id));
    expect(events).toMatchObject([{ kind: 'refund', amountFen: 650, externalId: 'C1#1' }]);
    const m001 = await guestByMember('M001');
    expect(m001).toMatchObject({
      visits: 1,
      spendFen: 7600,
      homeStoreId: storeIds[0],
      sourceChannel: 'import',
    });
    expect(m001!.firstVisitAt!.toISOString()).toBe('2024-03-01T04:00:00.000Z');
    const identities = await t.ctx.db
      .select()
      .from(guestIdentities)
      .where(eq(guestIdentities.guestId, m001!.id));
    expect(identities.map((i) => i.kind).sort()).toEqual(['app_member', 'phone']);
  });

  it('changes nothing when the same file is imported again, and adds no duplicate from a copy of it', async () => {
    const first = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'o.csv',
      bytes: csv(ORDERS),
      mapping: ordersMapping('again'),
    });
    const before = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(orderLines);
    const again = await startImport(t.ctx, {
      kind: 'orders',
      fileName: 'o.csv',
      bytes: csv(ORDERS),
      mapping: ordersMapping('again'),
    });
    expect(again.state).toBe('finished');
    expect(again.job.id).toBe(first.id);
    const gzipped = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'o.csv.gz',
      bytes: gzipSync(csv(ORDERS)),
      mapping: ordersMapping('again'),
    });
    expect(gzipped.id).not.toBe(first.id);
    expect(gzipped.report).toMatchObject({
      orders: { created: 0, alreadyPresent: 3, lines: 0 },
      guests: { created: 0 },
    });
    expect(gzipped.report!.cancellations.matchedLines).toBe(1);
    const after = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(orderLines);
    expect(after).toEqual(before);
    const rows = await ordersOf('import:again');
    expect(rows.map((o) => [o.externalId, o.grossFen, o.refundedFen])).toEqual([
      ['A1', 8250, 650],
      ['A2', 4200, 0],
      ['A4', 3800, 0],
    ]);
  });

  it('matches imported customers to existing guests and queues a conflict for merge review', async () => {
    const byPhone = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13900001111' }],
      profile: { name: '李娜' },
      channel: 'app',
      storeId: storeIds[0],
    });
    const byMember = await upsertGuest(t.ctx, {
      identities: [{ kind: 'app_member', value: 'M900' }],
      profile: {},
      channel: 'app',
      storeId: storeIds[0],
    });
    const job = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'match.csv',
      bytes: csv([
        ORDERS[0]!,
        'B1,2024-04-01 10:00,P1,Margherita,1,38,M900,13900001111,S1',
        'B2,2024-04-02 10:00,P1,Margherita,1,38,M901,13900001111,S1',
      ]),
      mapping: ordersMapping('match'),
    });
    expect(job.report!.guests).toMatchObject({ created: 0, matched: 2, mergeCandidates: 1 });
    const rows = await ordersOf('import:match');
    // The app member id is the stronger identity: B1 goes to the member's guest; B2 (new member id,
    // known phone) to the phone's guest.
    expect(rows.map((o) => o.guestId)).toEqual([byMember.guest.id, byPhone.guest.id]);
    const [a, b] = [byPhone.guest.id, byMember.guest.id].sort();
    const candidates = await t.ctx.db.select().from(mergeCandidates).where(eq(mergeCandidates.guestA, a!));
    expect(candidates).toMatchObject([{ guestB: b, status: 'open' }]);
  });

  it('imports a GBK guest list with semicolons: names sealed, empty fields of a known guest filled', async () => {
    const known = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13700002222' }],
      profile: { name: 'Known Name' },
      channel: 'pos',
    });
    const bytes = gbk([
      '会员号;姓名;手机;生日',
      'G1;王明;13700002222;05/03/1990',
      'G2;李娜;;1985-12-01',
      ';李娜;12345;',
    ]);
    const job = await runImport(t.ctx, {
      kind: 'guests',
      fileName: 'members.csv',
      bytes,
      store: 'S2',
      mapping: {
        name: 'members',
        dateOrder: 'dmy',
        identities: [
          { column: '会员号', kind: 'app_member' },
          { column: '手机', kind: 'phone' },
        ],
        columns: { name: '姓名', birthday: '生日' },
      },
    });
    expect(job.report).toMatchObject({
      encoding: 'gb18030',
      delimiter: ';',
      goodRows: 2,
      badRowList: [{ line: 4, reason: 'no_identity', detail: 'phone: too_short' }],
      guests: { created: 1, matched: 1 },
    });
    const [row] = await t.ctx.db.select().from(guests).where(eq(guests.id, known.guest.id));
    expect(row).toMatchObject({ birthMonth: 3, homeStoreId: storeIds[1] });
    expect(unseal(t.ctx.keyring, 'name', row!.nameEnc)).toBe('Known Name');
    expect(unseal(t.ctx.keyring, 'birthday', row!.birthdayEnc)).toBe('1990-03-05');
    const created = await guestByMember('G2');
    expect(unseal(t.ctx.keyring, 'name', created!.nameEnc)).toBe('李娜');
    const dump = JSON.stringify(
      await t.ctx.db.execute(sql`select * from guests g join guest_identities i on i.guest_id = g.id`),
    );
    expect(dump).not.toMatch(/李娜|13700002222/);
  });

  it('reads a UTF-8 file with BOM and day-first dates in the store time zone', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      csv([
        'Bon,Date,Article,Qté,Prix',
        'F1,05/03/2024 23:30,Café,2,3.20',
        'F1,05/03/2024 23:30,Croissant,1,2.10',
      ]),
    ]);
    const job = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'bom.csv',
      bytes,
      store: 'S1',
      mapping: {
        name: 'bom',
        dateOrder: 'dmy',
        channel: 'dine_in',
        columns: {
          orderId: 'Bon',
          placedAt: 'Date',
          itemName: 'Article',
          quantity: 'Qté',
          unitPrice: 'Prix',
        },
      },
    });
    expect(job.report).toMatchObject({
      encoding: 'utf-8-bom',
      orders: { created: 1, lines: 2, anonymous: 1 },
    });
    const [order] = await ordersOf('import:bom');
    expect(order).toMatchObject({
      localDate: '2024-03-05',
      localHour: 23,
      channel: 'dine_in',
      grossFen: 850,
    });
    expect(order!.placedAt.toISOString()).toBe('2024-03-05T15:30:00.000Z');
  });

  it('keeps an order whose rows span two chunks together, with its lines numbered as in the file', async () => {
    const lines = [ORDERS[0]!];
    for (let i = 1; i <= 5; i++) lines.push(`L1,2024-05-01 10:00,P${i},Item ${i},1,${i},M500,,S1`);
    const job = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'span.csv',
      bytes: csv(lines),
      mapping: ordersMapping('span'),
      chunkRows: 2,
    });
    expect(job.report!.orders).toMatchObject({ created: 1, lines: 5 });
    const [order] = await ordersOf('import:span');
    expect(order).toMatchObject({ grossFen: 1500, itemCount: 5 });
    const numbered = await t.ctx.db
      .select()
      .from(orderLines)
      .where(eq(orderLines.orderId, order!.id))
      .orderBy(orderLines.lineNo);
    expect(numbered.map((l) => [l.lineNo, l.sku])).toEqual([1, 2, 3, 4, 5].map((n) => [n, `P${n}`]));
  });

  it('records the import in the audit log with counts and no personal value', async () => {
    const job = await runImport(t.ctx, {
      kind: 'orders',
      fileName: 'audit.csv',
      bytes: csv(ORDERS),
      mapping: ordersMapping('audited'),
    });
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'import.run'), sql`${auditLog.entityIds} @> array[${job.id}]::text[]`));
    expect(entry!.details).toMatchObject({ kind: 'orders', mapping: 'audited', rows: 9, badRows: 4 });
    expect(JSON.stringify(entry)).not.toMatch(/13812345678|M001|Margherita/);
  });

  it('refuses roles without imports.run, a mapping that does not fit the file, and an unknown store', async () => {
    const cashier = await staffActor(t.ctx, 'cashier', [storeIds[0]!]);
    await expect(
      runImport(t.as(cashier.actor), {
        kind: 'orders',
        fileName: 'x.csv',
        bytes: csv(ORDERS),
        mapping: ordersMapping('x'),
      }),
    ).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
    const wrong = { ...ordersMapping('x'), columns: { ...ordersMapping('x').columns, quantity: 'Quantity' } };
    await expect(
      runImport(t.ctx, { kind: 'orders', fileName: 'x.csv', bytes: csv(ORDERS), mapping: wrong }),
    ).rejects.toSatisfy((e) => isAppError(e, 'import_failed') && /"Quantity"/.test((e as Error).message));
    await expect(
      runImport(t.ctx, {
        kind: 'orders',
        fileName: 'x.csv',
        bytes: csv(ORDERS),
        mapping: { name: 'Bad Name!' },
      }),
    ).rejects.toSatisfy((e) => isAppError(e, 'validation_failed'));
    await expect(
      runImport(t.ctx, {
        kind: 'orders',
        fileName: 'x.csv',
        bytes: csv(ORDERS),
        mapping: ordersMapping('x'),
        store: 'NOPE',
      }),
    ).rejects.toSatisfy((e) => isAppError(e, 'store_not_found'));
  });
});
