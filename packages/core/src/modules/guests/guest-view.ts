import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Consent, Guest, GuestSummary, Identity, IdentityKind } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { unseal } from './guest-crypto';
import { guestConsents, guestIdentities, guests } from './guests.tables';
import { maskAddress, maskBirthday, maskName } from './identity.rules';

type GuestRow = typeof guests.$inferSelect;
type IdentityRow = typeof guestIdentities.$inferSelect;

/** Plain values of a guest's sealed fields. */
export type OpenedFields = { name: string | null; birthday: string | null; addresses: string[] };

/** Decrypts a guest row's personal fields. */
export function openFields(ctx: Ctx, row: GuestRow): OpenedFields {
  const addresses = unseal(ctx.keyring, 'addresses', row.addressesEnc);
  return {
    name: unseal(ctx.keyring, 'name', row.nameEnc),
    birthday: unseal(ctx.keyring, 'birthday', row.birthdayEnc),
    addresses: addresses ? (JSON.parse(addresses) as string[]) : [],
  };
}

/** A list row: masked name and the masked primary phone. */
export function toSummary(ctx: Ctx, row: GuestRow, phone: string | null): GuestSummary {
  const name = unseal(ctx.keyring, 'name', row.nameEnc);
  return {
    id: row.id,
    name: name === null ? null : maskName(name),
    phone,
    tags: row.tags,
    visits: row.visits,
    spendFen: row.spendFen,
    lastVisitAt: row.lastVisitAt?.toISOString() ?? null,
    homeStoreId: row.homeStoreId,
    status: row.status as GuestSummary['status'],
  };
}

/** The masked phone of each guest (the earliest collected), for list rows. */
export async function loadMaskedPhones(ctx: Ctx, guestIds: string[]): Promise<Map<string, string>> {
  if (guestIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ guestId: guestIdentities.guestId, masked: guestIdentities.masked, kind: guestIdentities.kind })
    .from(guestIdentities)
    .where(inArray(guestIdentities.guestId, guestIds))
    .orderBy(asc(guestIdentities.collectedAt));
  const phones = new Map<string, string>();
  for (const row of rows)
    if (row.kind === 'phone' && !phones.has(row.guestId)) phones.set(row.guestId, row.masked);
  return phones;
}

/** The full 360° profile with personal fields masked. */
export async function toGuest(ctx: Ctx, row: GuestRow): Promise<Guest> {
  const identityRows = await ctx.db
    .select()
    .from(guestIdentities)
    .where(eq(guestIdentities.guestId, row.id))
    .orderBy(asc(guestIdentities.collectedAt));
  const opened = openFields(ctx, row);
  const email = identityRows.find((i) => i.kind === 'email');
  return {
    ...toSummary(ctx, row, identityRows.find((i) => i.kind === 'phone')?.masked ?? null),
    email: email?.masked ?? null,
    birthday: opened.birthday === null ? null : maskBirthday(opened.birthday),
    gender: row.gender,
    language: row.language,
    addresses: opened.addresses.map(maskAddress),
    tastes: row.tastes,
    allergies: row.allergies,
    notes: row.notes,
    sourceChannel: row.sourceChannel,
    fieldSources: row.fieldSources,
    identities: identityRows.map((i) => toIdentity(i, i.masked)),
    consents: await currentConsents(ctx, row.id),
    firstVisitAt: row.firstVisitAt?.toISOString() ?? null,
    mergedInto: row.mergedInto,
    masked: true,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An identity as shown, with the given display value (masked or revealed). */
export function toIdentity(row: IdentityRow, value: string): Identity {
  return {
    id: row.id,
    kind: row.kind as IdentityKind,
    namespace: row.namespace,
    value,
    source: row.source,
    collectedAt: row.collectedAt.toISOString(),
  };
}

/** The latest consent row per purpose and channel. */
export async function currentConsents(ctx: Ctx, guestId: string): Promise<Consent[]> {
  const rows = await ctx.db
    .select()
    .from(guestConsents)
    .where(eq(guestConsents.guestId, guestId))
    .orderBy(desc(guestConsents.at), desc(guestConsents.id));
  const latest = new Map<string, Consent>();
  for (const row of rows) {
    const key = `${row.purpose}:${row.channel}`;
    if (latest.has(key)) continue;
    latest.set(key, {
      purpose: row.purpose as Consent['purpose'],
      channel: row.channel as Consent['channel'],
      granted: row.granted,
      at: row.at.toISOString(),
      source: row.source,
      wordingVersion: row.wordingVersion,
    });
  }
  return [...latest.values()];
}
