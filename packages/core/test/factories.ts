import type { Role } from '@regulars/contracts';
import type { Actor, Ctx } from '../src/context';
import { createBrand, createStore } from '../src/modules/org/org.service';
import { createStaff } from '../src/modules/staff/staff.service';

/** A brand with `storeCount` stores, created through the use cases. */
export async function seedOrg(ctx: Ctx, storeCount = 2): Promise<{ brandId: string; storeIds: string[] }> {
  const brand = await createBrand(ctx, { name: 'Test Pizza', currency: 'CNY' });
  const storeIds: string[] = [];
  for (let i = 1; i <= storeCount; i++) {
    const store = await createStore(ctx, {
      brandId: brand.id,
      code: `S${i}`,
      name: `Store ${i}`,
      line: 'pizza',
      city: 'Shanghai',
      districtType: 'business',
      timezone: 'Asia/Shanghai',
    });
    storeIds.push(store.id);
  }
  return { brandId: brand.id, storeIds };
}

/** A staff member created through the use case, with the actor that represents them. */
export async function staffActor(
  ctx: Ctx,
  role: Role,
  storeIds: string[] | null = null,
): Promise<{ actor: Actor; email: string; password: string; id: string }> {
  const email = `${role}.${Math.random().toString(36).slice(2, 8)}@test.example`;
  const { staff, oneTimePassword } = await createStaff(ctx, { email, name: role, role, storeIds });
  return {
    actor: { kind: 'staff', id: staff.id, role, storeIds: staff.storeIds },
    email,
    password: oneTimePassword,
    id: staff.id,
  };
}
