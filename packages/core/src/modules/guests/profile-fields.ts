import { eq } from 'drizzle-orm';
import type { GuestProfileInput } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { nameIndex, seal } from './guest-crypto';
import { guests, type FieldSource } from './guests.tables';

type GuestRow = typeof guests.$inferSelect;
type GuestUpdate = Partial<typeof guests.$inferInsert>;

/** Which stored column(s) each profile field lives in, to tell whether it is empty. */
const EMPTY_CHECK: Record<keyof GuestProfileInput, (row: GuestRow) => boolean> = {
  name: (r) => r.nameEnc === null,
  birthday: (r) => r.birthdayEnc === null,
  gender: (r) => r.gender === null,
  language: (r) => r.language === null,
  addresses: (r) => r.addressesEnc === null,
  tastes: (r) => r.tastes.length === 0,
  allergies: (r) => r.allergies.length === 0,
  tags: (r) => r.tags.length === 0,
  notes: (r) => r.notes === null,
};

/**
 * Writes profile fields to a guest, sealing the personal ones and recording the channel and
 * time each field came from. With `onlyEmpty`, fields the guest already has are left alone
 * (an order never overwrites what the guest told us). Returns the names of the fields written.
 */
export async function fillProfile(
  ctx: Ctx,
  guestId: string,
  profile: GuestProfileInput,
  channel: string,
  options: { onlyEmpty: boolean },
): Promise<string[]> {
  const [row] = await ctx.db.select().from(guests).where(eq(guests.id, guestId));
  if (!row) return [];
  const fields = (Object.keys(profile) as Array<keyof GuestProfileInput>).filter(
    (field) => profile[field] !== undefined && (!options.onlyEmpty || EMPTY_CHECK[field](row)),
  );
  if (fields.length === 0) return [];
  const update = profileColumns(ctx, profile, fields, channel, row.fieldSources);
  await ctx.db.update(guests).set(update).where(eq(guests.id, guestId));
  return fields;
}

/**
 * The columns that store the given profile fields (personal ones sealed), with the field
 * sources updated: for an insert of a new guest or an update of an existing one.
 */
export function profileColumns(
  ctx: Ctx,
  profile: GuestProfileInput,
  fields: ReadonlyArray<keyof GuestProfileInput>,
  channel: string,
  previousSources: Record<string, FieldSource> = {},
): GuestUpdate & { fieldSources: Record<string, FieldSource> } {
  const now = ctx.clock.now();
  const sources: Record<string, FieldSource> = { ...previousSources };
  const update: GuestUpdate = { updatedAt: now };
  for (const field of fields) {
    Object.assign(update, columnsFor(ctx, field, profile));
    sources[field] = { channel, at: now.toISOString() };
  }
  return { ...update, fieldSources: sources };
}

/** The fields of a profile input that carry a value. */
export function givenFields(profile: GuestProfileInput): Array<keyof GuestProfileInput> {
  return (Object.keys(profile) as Array<keyof GuestProfileInput>).filter((f) => profile[f] !== undefined);
}

function columnsFor(ctx: Ctx, field: keyof GuestProfileInput, p: GuestProfileInput): GuestUpdate {
  switch (field) {
    case 'name':
      return {
        nameEnc: seal(ctx.keyring, 'name', p.name),
        nameIndex: p.name ? nameIndex(ctx.keyring, p.name) : null,
      };
    case 'birthday':
      return {
        birthdayEnc: seal(ctx.keyring, 'birthday', p.birthday),
        birthMonth: Number(p.birthday!.slice(5, 7)),
      };
    case 'addresses':
      return { addressesEnc: seal(ctx.keyring, 'addresses', JSON.stringify(p.addresses ?? [])) };
    case 'gender':
      return { gender: p.gender ?? null };
    case 'language':
      return { language: p.language ?? null };
    case 'tastes':
      return { tastes: p.tastes ?? [] };
    case 'allergies':
      return { allergies: p.allergies ?? [] };
    case 'tags':
      return { tags: [...new Set(p.tags ?? [])] };
    case 'notes':
      return { notes: p.notes ?? null };
  }
}
