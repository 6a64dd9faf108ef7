import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentityInput } from '@regulars/contracts';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import type { Ctx } from '../../context';
import { isAppError } from '../../errors';
import { newId } from '../../ids';
import { auditLog } from '../audit/audit.tables';
import { guestConsents } from '../guests/guests.tables';
import { upsertGuest } from '../guests/guests.service';
import { exportGuestsCsv, type ExportGuestsInput } from './export-guests';

async function exportText(
  ctx: Ctx,
  input: ExportGuestsInput,
): Promise<{ text: string; rows: string[][]; count: number }> {
  const result = await exportGuestsCsv(ctx, input);
  let text = '';
  for await (const chunk of result.chunks) text += chunk;
  const rows = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
  return { text, rows, count: result.count };
}

describe.each(testBackends())('guest export on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
    const add = async (key: string, phone: string, name: string, email?: string) => {
      const identities: IdentityInput[] = [{ kind: 'phone', value: phone }];
      if (email) identities.push({ kind: 'email', value: email });
      const { guest } = await upsertGuest(t.ctx, {
        identities,
        profile: { name },
        channel: 'app',
        storeId: storeIds[0],
      });
      ids[key] = guest.id;
    };
    await add('a', '13800000001', '=HYPERLINK("x")', 'a@example.com');
    await add('b', '13800000002', '王明');
    await add('c', '13800000003', 'Chen Jie', 'c@example.com');
    const consent = (guest: string, channel: string, granted: boolean, minute: number) =>
      t.ctx.db.insert(guestConsents).values({
        id: newId('cns'),
        guestId: ids[guest]!,
        purpose: 'marketing',
        channel,
        granted,
        at: new Date(`2026-01-01T10:${String(minute).padStart(2, '0')}:00Z`),
        source: 'test',
        wordingVersion: 'v1',
      });
    await consent('a', 'sms', true, 1);
    await consent('b', 'sms', true, 2);
    await consent('b', 'sms', false, 3);
    await consent('c', 'email', true, 4);
  });
  afterAll(() => t.close());

  it('writes UTF-8 with BOM, contact in clear for a role that may reveal, cells safe from formulas', async () => {
    const admin = await staffActor(t.ctx, 'brand_admin');
    const { text, rows, count } = await exportText(t.as(admin.actor), {
      purpose: 'service',
      includeContact: true,
      pageSize: 2,
    });
    expect(text.startsWith('\uFEFFguest_id,name,phone,email,')).toBe(true);
    expect(count).toBe(3);
    expect(rows.slice(1).map((r) => r[0])).toEqual([ids.a, ids.b, ids.c].sort());
    expect(text).toContain(`${ids.a},"'=HYPERLINK(""x"")",'+8613800000001,a@example.com,`);
    expect(text).toContain(`${ids.b},王明,'+8613800000002,,`);
  });

  it('masks contact for a role without guests.reveal, or when no purpose is given', async () => {
    const marketer = await staffActor(t.ctx, 'marketer');
    const { text } = await exportText(t.as(marketer.actor), { purpose: 'service', includeContact: true });
    expect(text).toContain(`${ids.b},王*,138****0002,,`);
    expect(text).not.toMatch(/13800000002|a@example\.com/);
    const admin = await staffActor(t.ctx, 'brand_admin');
    const unstated = await exportText(t.as(admin.actor), { includeContact: true });
    expect(unstated.text).toContain('a***@example.com');
  });

  it('exports for marketing only guests whose latest consent on the channel is granted, with that channel only', async () => {
    const admin = await staffActor(t.ctx, 'brand_admin');
    const sms = await exportText(t.as(admin.actor), {
      purpose: 'marketing',
      channel: 'sms',
      includeContact: true,
    });
    expect(sms.rows.slice(1).map((r) => r[0])).toEqual([ids.a]);
    expect(sms.rows[1]!.slice(2, 4)).toEqual(["'+8613800000001", '']);
    const email = await exportText(t.as(admin.actor), {
      purpose: 'marketing',
      channel: 'email',
      includeContact: true,
    });
    expect(email.rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([[ids.c, '', 'c@example.com']]);
  });

  it('records the export with its purpose and count', async () => {
    const marketer = await staffActor(t.ctx, 'marketer');
    await exportText(t.as(marketer.actor), { purpose: 'marketing', channel: 'sms' });
    const entries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'guest.export'), eq(auditLog.actorId, marketer.id)));
    expect(entries).toMatchObject([
      { purpose: 'marketing', details: { count: 1, clear: false, channel: 'sms' } },
    ]);
  });

  it('refuses a cashier, and a marketing export without a channel', async () => {
    const cashier = await staffActor(t.ctx, 'cashier', [storeIds[0]!]);
    await expect(exportGuestsCsv(t.as(cashier.actor), { purpose: 'service' })).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    await expect(exportGuestsCsv(t.ctx, { purpose: 'marketing' })).rejects.toSatisfy((e) =>
      isAppError(e, 'validation_failed'),
    );
  });
});
