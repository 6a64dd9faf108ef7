import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_CHANNELS, CONSENT_PURPOSES } from '@regulars/contracts';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listAudit } from '../audit/audit.service';
import { guestsWithConsent, hasConsent, setConsent, withdrawAllConsent } from './consent.service';
import { upsertGuest } from './guests.service';
import { guestConsents } from './guests.tables';

describe.each(testBackends())('consent on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  const guest = async (phone: string, storeId = storeIds[0]) =>
    (
      await upsertGuest(t.ctx, {
        identities: [{ kind: 'phone', value: phone }],
        profile: {},
        channel: 'app',
        storeId,
      })
    ).guest.id;
  const grant = (guestId: string, channels: Array<'sms' | 'email' | 'wechat' | 'push'>, granted = true) =>
    setConsent(t.ctx, guestId, {
      purpose: 'marketing',
      channels,
      granted,
      source: 'app',
      wordingVersion: 'v2',
    });

  it('appends one ledger row per channel and lets the latest row win', async () => {
    const id = await guest('13900000001');
    expect(await hasConsent(t.ctx, id, 'marketing', 'sms')).toBe(false);
    const current = await grant(id, ['sms', 'email']);
    expect(current).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          purpose: 'marketing',
          channel: 'sms',
          granted: true,
          wordingVersion: 'v2',
        }),
        expect.objectContaining({ purpose: 'marketing', channel: 'email', granted: true }),
      ]),
    );
    await grant(id, ['sms'], false);
    expect(await hasConsent(t.ctx, id, 'marketing', 'sms')).toBe(false);
    expect(await hasConsent(t.ctx, id, 'marketing', 'email')).toBe(true);
    await grant(id, ['sms'], true);
    expect(await hasConsent(t.ctx, id, 'marketing', 'sms')).toBe(true);
    expect(await hasConsent(t.ctx, id, 'service', 'sms')).toBe(false);
    const ledger = await t.ctx.db.select().from(guestConsents).where(eq(guestConsents.guestId, id));
    expect(ledger).toHaveLength(4);
    const audit = await listAudit(t.ctx, { action: 'guest.consent', entityId: id, limit: 10 });
    expect(audit.items).toHaveLength(3);
  });

  it('withdraws every purpose on every channel in one call', async () => {
    const id = await guest('13900000002');
    await grant(id, ['sms', 'wechat', 'push']);
    await setConsent(t.ctx, id, {
      purpose: 'profiling',
      channels: ['email'],
      granted: true,
      source: 'web',
      wordingVersion: 'v1',
    });
    const current = await withdrawAllConsent(t.ctx, id, { source: 'call_centre' });
    expect(current).toHaveLength(CONSENT_PURPOSES.length * CONSENT_CHANNELS.length);
    expect(current.every((c) => !c.granted && c.source === 'call_centre')).toBe(true);
    for (const purpose of CONSENT_PURPOSES) {
      for (const channel of CONSENT_CHANNELS)
        expect(await hasConsent(t.ctx, id, purpose, channel)).toBe(false);
    }
  });

  it('picks, in one query, the guests whose latest row grants the purpose on the channel', async () => {
    const yes = await guest('13900000003');
    const withdrawn = await guest('13900000004');
    const never = await guest('13900000005');
    const otherChannel = await guest('13900000006');
    await grant(yes, ['sms']);
    await grant(withdrawn, ['sms']);
    await grant(withdrawn, ['sms'], false);
    await grant(otherChannel, ['email']);
    const picked = await guestsWithConsent(
      t.ctx,
      [yes, withdrawn, never, otherChannel, yes],
      'marketing',
      'sms',
    );
    expect(picked).toEqual([yes]);
    expect(await guestsWithConsent(t.ctx, [], 'marketing', 'sms')).toEqual([]);
  });

  it('refuses consent for a guest outside a cashier’s stores and for an unknown guest', async () => {
    const id = await guest('13900000007', storeIds[1]);
    const cashier = await staffActor(t.ctx, 'cashier', [storeIds[0]!]);
    await expect(
      setConsent(t.as(cashier.actor), id, {
        purpose: 'marketing',
        channels: ['sms'],
        granted: true,
        source: 'pos',
        wordingVersion: 'v1',
      }),
    ).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
    const analyst = await staffActor(t.ctx, 'analyst');
    await expect(withdrawAllConsent(t.as(analyst.actor), id, { source: 'x' })).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    await expect(withdrawAllConsent(t.ctx, 'gst_missing', { source: 'x' })).rejects.toSatisfy((e) =>
      isAppError(e, 'guest_not_found'),
    );
  });
});
