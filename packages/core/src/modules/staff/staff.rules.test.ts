import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterFailedLogin, checkAssignment, lockRemainingSeconds, sessionIsLive } from './staff.rules';

type Case = Parameters<typeof checkAssignment>[0] & { expected: string };

describe('checkAssignment', () => {
  const cases: Case[] = [
    { actorRole: 'owner', actorStoreIds: null, role: 'owner', storeIds: null, expected: 'ok' },
    {
      actorRole: 'brand_admin',
      actorStoreIds: null,
      role: 'owner',
      storeIds: null,
      expected: 'cannot_manage_owner',
    },
    {
      actorRole: 'brand_admin',
      actorStoreIds: null,
      targetCurrentRole: 'owner',
      role: 'analyst',
      storeIds: null,
      expected: 'cannot_manage_owner',
    },
    {
      actorRole: 'owner',
      actorStoreIds: null,
      role: 'cashier',
      storeIds: [],
      expected: 'store_scope_required',
    },
    {
      actorRole: 'owner',
      actorStoreIds: null,
      role: 'store_manager',
      storeIds: null,
      expected: 'store_scope_required',
    },
    {
      actorRole: 'brand_admin',
      actorStoreIds: ['a'],
      role: 'cashier',
      storeIds: ['a', 'b'],
      expected: 'forbidden',
    },
    {
      actorRole: 'brand_admin',
      actorStoreIds: ['a'],
      role: 'analyst',
      storeIds: null,
      expected: 'forbidden',
    },
    { actorRole: 'brand_admin', actorStoreIds: ['a', 'b'], role: 'cashier', storeIds: ['b'], expected: 'ok' },
  ];
  it.each(cases)('$actorRole giving $role $storeIds → $expected', ({ expected, ...input }) => {
    const result = checkAssignment(input);
    expect(result.ok ? 'ok' : result.reason).toBe(expected);
  });

  it('treats an empty store list as every store for brand-wide roles', () => {
    expect(
      checkAssignment({ actorRole: 'owner', actorStoreIds: null, role: 'marketer', storeIds: [] }),
    ).toEqual({
      ok: true,
      storeIds: null,
    });
  });

  it('deduplicates and sorts store ids', () => {
    const result = checkAssignment({
      actorRole: 'owner',
      actorStoreIds: null,
      role: 'cashier',
      storeIds: ['b', 'a', 'b'],
    });
    expect(result).toEqual({ ok: true, storeIds: ['a', 'b'] });
  });
});

describe('lock-out', () => {
  const policy = { maxFailures: 5, lockoutMinutes: 15 };
  const now = new Date('2026-01-31T23:59:00Z');

  it('locks on the fifth failure in a row and resets the count', () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 0; i < 4; i++) state = afterFailedLogin(state, now, policy);
    expect(state).toEqual({ failedLogins: 4, lockedUntil: null });
    state = afterFailedLogin(state, now, policy);
    expect(state.failedLogins).toBe(0);
    expect(state.lockedUntil?.toISOString()).toBe('2026-02-01T00:14:00.000Z');
  });

  it('counts the remaining lock in whole seconds, never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (offsetMs) => {
        const seconds = lockRemainingSeconds(new Date(now.getTime() + offsetMs), now);
        expect(seconds).toBe(offsetMs > 0 ? Math.ceil(offsetMs / 1000) : 0);
      }),
    );
  });
});

describe('sessionIsLive', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

  it.each([
    { name: 'fresh', lastSeenAt: minutes(-1), expiresAt: minutes(60), revokedAt: null, live: true },
    { name: 'idle too long', lastSeenAt: minutes(-30), expiresAt: minutes(60), revokedAt: null, live: false },
    {
      name: 'past absolute expiry',
      lastSeenAt: minutes(0),
      expiresAt: minutes(0),
      revokedAt: null,
      live: false,
    },
    { name: 'revoked', lastSeenAt: minutes(0), expiresAt: minutes(60), revokedAt: minutes(-1), live: false },
  ])('$name → $live', ({ live, name: _name, ...session }) => {
    expect(sessionIsLive(session, now, 30)).toBe(live);
  });
});
