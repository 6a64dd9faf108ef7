import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listAudit } from '../audit/audit.service';
import { changeOwnPassword } from './sessions.service';
import { createStaff, listStaff, resetStaffPassword, updateStaff } from './staff.service';

describe.each(testBackends())('staff accounts on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 3));
  });
  afterAll(() => t.close());

  it('creates a cashier limited to one store with a one-time password it must change', async () => {
    const { staff, oneTimePassword } = await createStaff(t.ctx, {
      email: 'Cashier.One@Example.com',
      name: '收银员',
      role: 'cashier',
      storeIds: [storeIds[0]!],
    });
    expect(staff.email).toBe('cashier.one@example.com');
    expect(staff.storeIds).toEqual([storeIds[0]]);
    expect(staff.mustChangePassword).toBe(true);
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
  });

  it('refuses a cashier without a store', async () => {
    await expect(
      createStaff(t.ctx, { email: 'nostore@example.com', name: 'x', role: 'cashier', storeIds: null }),
    ).rejects.toSatisfy((e) => isAppError(e, 'store_scope_required'));
  });

  it('refuses a second account with the same e-mail in another case', async () => {
    await createStaff(t.ctx, { email: 'dup@example.com', name: 'a', role: 'analyst', storeIds: null });
    await expect(
      createStaff(t.ctx, { email: 'DUP@example.com', name: 'b', role: 'analyst', storeIds: null }),
    ).rejects.toSatisfy((e) => isAppError(e, 'email_taken'));
  });

  it('refuses unknown stores', async () => {
    await expect(
      createStaff(t.ctx, { email: 'ghost@example.com', name: 'g', role: 'cashier', storeIds: ['sto_nope'] }),
    ).rejects.toSatisfy((e) => isAppError(e, 'store_not_found'));
  });

  it('lets a brand admin manage staff but not create an owner', async () => {
    const admin = await staffActor(t.ctx, 'brand_admin');
    await expect(
      createStaff(t.as(admin.actor), { email: 'o2@example.com', name: 'o', role: 'owner', storeIds: null }),
    ).rejects.toSatisfy((e) => isAppError(e, 'cannot_manage_owner'));
    const made = await createStaff(t.as(admin.actor), {
      email: 'mk@example.com',
      name: 'm',
      role: 'marketer',
      storeIds: null,
    });
    expect(made.staff.role).toBe('marketer');
  });

  it('forbids a cashier from managing staff', async () => {
    const cashier = await staffActor(t.ctx, 'cashier', [storeIds[0]!]);
    await expect(
      createStaff(t.as(cashier.actor), { email: 'x@example.com', name: 'x', role: 'cashier', storeIds }),
    ).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
    await expect(listStaff(t.as(cashier.actor), { limit: 10 })).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
  });

  it('shows a store manager only the staff of their own stores', async () => {
    const manager = await staffActor(t.ctx, 'store_manager', [storeIds[1]!]);
    const mine = await staffActor(t.ctx, 'cashier', [storeIds[1]!]);
    const other = await staffActor(t.ctx, 'cashier', [storeIds[2]!]);
    const page = await listStaff(t.as(manager.actor), { limit: 200 });
    const ids = page.items.map((s) => s.id);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(manager.id);
    expect(ids).not.toContain(other.id);
    await expect(listStaff(t.as(manager.actor), { limit: 10, storeId: storeIds[2] })).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
  });

  it('pages through staff with a cursor without repeats', async () => {
    const first = await listStaff(t.ctx, { limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await listStaff(t.ctx, { limit: 3, cursor: first.nextCursor! });
    const overlap = second.items.filter((s) => first.items.some((f) => f.id === s.id));
    expect(overlap).toEqual([]);
  });

  it('never disables or demotes the last owner', async () => {
    const first = await staffActor(t.ctx, 'owner');
    const second = await staffActor(t.ctx, 'owner');
    await expect(updateStaff(t.ctx, first.id, { role: 'analyst' })).resolves.toMatchObject({
      role: 'analyst',
    });
    await expect(updateStaff(t.ctx, second.id, { status: 'disabled' })).rejects.toSatisfy((e) =>
      isAppError(e, 'last_owner'),
    );
    await expect(updateStaff(t.ctx, second.id, { role: 'brand_admin' })).rejects.toSatisfy((e) =>
      isAppError(e, 'last_owner'),
    );
  });

  it('records creation, change and password reset in the audit log', async () => {
    const member = await staffActor(t.ctx, 'service_agent');
    await updateStaff(t.ctx, member.id, { name: 'Agent Smith' });
    await resetStaffPassword(t.ctx, member.id);
    const log = await listAudit(t.ctx, { limit: 50, entityId: member.id });
    expect(log.items.map((e) => e.action).sort()).toEqual([
      'staff.create',
      'staff.reset_password',
      'staff.update',
    ]);
  });
});

describe.each(testBackends())('own password changes on %s', (backend) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(backend);
  });
  afterAll(() => t.close());

  it.each([
    ['zhang.wei@example.com', 'my-zhang.wei-password', false],
    ['li.na@example.com', 'a long enough passphrase', true],
    ['al@example.com', 'always albatross', true],
  ])('%s choosing %j is accepted: %s', async (email, newPassword, accepted) => {
    const { staff, oneTimePassword } = await createStaff(t.ctx, {
      email,
      name: 'x',
      role: 'analyst',
      storeIds: null,
    });
    const ctx = t.as({ kind: 'staff', id: staff.id, role: 'analyst', storeIds: null });
    const change = changeOwnPassword(ctx, { currentPassword: oneTimePassword, newPassword });
    if (accepted) await expect(change).resolves.toBeUndefined();
    else await expect(change).rejects.toSatisfy((e) => isAppError(e, 'weak_password'));
  });
});
