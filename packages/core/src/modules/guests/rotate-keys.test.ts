import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, testBackends, type TestContext } from '../../../test';
import { deriveKeyring } from '../../crypto/field-crypto';
import { revealGuestField, upsertGuest } from './guests.service';
import { rotateFieldKeys } from './rotate-keys';

describe.each(testBackends())('field key rotation on %s', (backend) => {
  let t: TestContext;
  let guestId: string;

  beforeAll(async () => {
    t = await createTestContext(backend);
    const { storeIds } = await seedOrg(t.ctx, 1);
    ({
      guest: { id: guestId },
    } = await upsertGuest(t.ctx, {
      identities: [
        { kind: 'phone', value: '13912345678' },
        { kind: 'email', value: 'lin@example.com' },
      ],
      profile: { name: '林小雨', birthday: '1992-08-09', addresses: ['上海市静安区南京西路 1 号'] },
      channel: 'app',
      storeId: storeIds[0],
    }));
  });
  afterAll(() => t.close());

  const keyIds = async () =>
    (
      (await t.ctx.db.execute(sql`
      select split_part(name_enc, '.', 2) as k from guests
      union all select split_part(value_enc, '.', 2) from guest_identities`)) as unknown as {
        rows: Array<{ k: string }>;
      }
    ).rows.map((r) => r.k);

  it('re-encrypts every personal field under the new key, keeps values and search, and can be re-run', async () => {
    expect(new Set(await keyIds())).toEqual(new Set(['k1']));
    const rotated = { ...t.ctx, keyring: deriveKeyring(t.ctx.secret, ['k1', 'k2']) };
    const summary = await rotateFieldKeys(rotated);
    expect(summary).toEqual({ guests: 1, identities: 2, integrations: 0 });
    expect(new Set(await keyIds())).toEqual(new Set(['k2']));
    expect(await rotateFieldKeys(rotated)).toEqual({ guests: 0, identities: 0, integrations: 0 });

    const onlyNew = { ...t.ctx, keyring: deriveKeyring(t.ctx.secret, ['k2']) };
    expect((await revealGuestField(onlyNew, guestId, { field: 'name', purpose: 'service' })).value).toBe(
      '林小雨',
    );
    expect((await revealGuestField(onlyNew, guestId, { field: 'email', purpose: 'service' })).value).toBe(
      'lin@example.com',
    );
    const again = await upsertGuest(onlyNew, {
      identities: [{ kind: 'phone', value: '139 1234 5678' }],
      profile: {},
      channel: 'pos',
    });
    expect(again).toMatchObject({ created: false, guest: { id: guestId } });
  });
});
