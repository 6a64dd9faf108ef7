import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type {
  Guest,
  GuestProfileInput,
  GuestSummary,
  ListGuestsQuery,
  RevealInput,
  UpsertGuestInput,
} from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { resolveBrandId } from '../org';
import { authorize, storeScope } from '../staff/authorize';
import { identityIndex, nameIndex, unseal } from './guest-crypto';
import { loadMaskedPhones, openFields, toGuest, toSummary } from './guest-view';
import { guestIdentities, guests } from './guests.tables';
import { normaliseIdentities, resolveGuest } from './resolve-guest';
import { fillProfile } from './profile-fields';
import { normaliseIdentity } from './identity.rules';
import { guestVisibleTo } from './guest-scope';

/**
 * Registers a guest, or updates the one that any of the identities already belongs to
 * (identity resolution). Given profile fields overwrite the stored ones. Idempotent: the same
 * call twice leaves one guest.
 */
export async function upsertGuest(
  ctx: Ctx,
  input: UpsertGuestInput,
): Promise<{ guest: Guest; created: boolean }> {
  authorize(ctx, 'guests.manage', { storeId: input.storeId });
  const brandId = await resolveBrandId(ctx, input.storeId);
  const identities = normaliseIdentities(ctx, input.identities);
  const { guestId, created } = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const resolution = await resolveGuest(
      txCtx,
      { brandId, channel: input.channel, storeId: input.storeId },
      identities,
    );
    await fillProfile(txCtx, resolution.guestId, input.profile ?? {}, input.channel, { onlyEmpty: false });
    await recordAudit(txCtx, {
      action: resolution.created ? 'guest.create' : 'guest.update',
      entityType: 'guest',
      entityIds: [resolution.guestId],
      storeId: input.storeId ?? null,
      details: { fields: Object.keys(input.profile ?? {}), identities: identities.map((i) => i.kind) },
    });
    return resolution;
  });
  return { guest: await toGuest(ctx, await loadGuestRow(ctx, guestId)), created };
}

/** The 360° profile, personal fields masked; the read is recorded in the audit log. */
export async function getGuest(ctx: Ctx, guestId: string): Promise<Guest> {
  authorize(ctx, 'guests.read');
  const row = await loadGuestRow(ctx, guestId);
  await assertVisible(ctx, row);
  await recordAudit(ctx, { action: 'guest.read', entityType: 'guest', entityIds: [guestId] });
  return toGuest(ctx, row);
}

/** Changes profile fields (staff corrections); the field names changed are audited. */
export async function updateGuest(ctx: Ctx, guestId: string, profile: GuestProfileInput): Promise<Guest> {
  authorize(ctx, 'guests.manage');
  const row = await loadGuestRow(ctx, guestId);
  await assertVisible(ctx, row);
  if (row.status !== 'active') throw new AppError('guest_not_active', `Guest ${guestId} is ${row.status}`);
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const fields = await fillProfile(txCtx, guestId, profile, 'staff', { onlyEmpty: false });
    await recordAudit(txCtx, {
      action: 'guest.update',
      entityType: 'guest',
      entityIds: [guestId],
      details: { fields },
    });
  });
  return toGuest(ctx, await loadGuestRow(ctx, guestId));
}

/**
 * Shows one personal field in clear for a stated purpose. Only roles with `guests.reveal`;
 * every reveal is in the audit log with the field and the purpose.
 */
export async function revealGuestField(
  ctx: Ctx,
  guestId: string,
  input: RevealInput,
): Promise<{ field: RevealInput['field']; value: unknown }> {
  authorize(ctx, 'guests.reveal');
  const row = await loadGuestRow(ctx, guestId);
  await assertVisible(ctx, row);
  const opened = openFields(ctx, row);
  let value: unknown;
  if (input.field === 'name' || input.field === 'birthday' || input.field === 'addresses') {
    value = opened[input.field];
  } else {
    const rows = await ctx.db.select().from(guestIdentities).where(eq(guestIdentities.guestId, guestId));
    const open = rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      value: unseal(ctx.keyring, 'identity', r.valueEnc),
    }));
    value = input.field === 'identities' ? open : (open.find((i) => i.kind === input.field)?.value ?? null);
  }
  await recordAudit(ctx, {
    action: 'guest.reveal',
    entityType: 'guest',
    entityIds: [guestId],
    purpose: input.purpose,
    details: { field: input.field },
  });
  return { field: input.field, value };
}

/**
 * Lists guests, newest first by id, with an exact search `q` over phone, e-mail, card number,
 * name or guest id (no partial matching of personal data). Store-scoped staff browse the guests
 * of their stores but can find any guest by an exact identity (to serve them at the till).
 * Every search is audited (what kind of value was searched, never the value).
 */
export async function listGuests(
  ctx: Ctx,
  query: ListGuestsQuery,
): Promise<{ items: GuestSummary[]; nextCursor: string | null }> {
  authorize(ctx, 'guests.read', { storeId: query.storeId });
  const brandId = await resolveBrandId(ctx, query.storeId);
  const where: SQL[] = [eq(guests.brandId, brandId), eq(guests.status, query.status ?? 'active')];
  const scope = storeScope(ctx.actor);
  let searched: string[] = [];
  if (query.q) {
    const found = await searchGuestIds(ctx, brandId, query.q);
    searched = found.matchedBy;
    where.push(found.ids.length ? inArray(guests.id, found.ids) : sql`false`);
  } else if (scope !== null) {
    where.push(scope.length ? inArray(guests.homeStoreId, scope) : sql`false`);
  }
  if (query.storeId) where.push(eq(guests.homeStoreId, query.storeId));
  if (query.tag) where.push(sql`${guests.tags} @> array[${query.tag}]::text[]`);
  if (query.lastVisitAfter) where.push(gte(guests.lastVisitAt, new Date(query.lastVisitAfter)));
  if (query.lastVisitBefore) where.push(lt(guests.lastVisitAt, new Date(query.lastVisitBefore)));
  if (query.cursor) where.push(lt(guests.id, query.cursor));
  const rows = await ctx.db
    .select()
    .from(guests)
    .where(and(...where))
    .orderBy(sql`${guests.id} desc`)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const phones = await loadMaskedPhones(
    ctx,
    page.map((r) => r.id),
  );
  await recordAudit(ctx, {
    action: 'guest.search',
    entityType: 'guest',
    entityIds: page.map((r) => r.id),
    storeId: query.storeId ?? null,
    details: { searched: query.q ? searched : null, tag: query.tag ?? null, results: page.length },
  });
  return {
    items: page.map((r) => toSummary(ctx, r, phones.get(r.id) ?? null)),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * Exact matches of `q` as a guest id, phone, e-mail, card number, app member id or name: one
 * indexed lookup of blind indexes, and one of the name index unless `q` is a phone or e-mail.
 */
async function searchGuestIds(
  ctx: Ctx,
  brandId: string,
  q: string,
): Promise<{ ids: string[]; matchedBy: string[] }> {
  if (/^gst_[0-9A-Z]{26}$/.test(q)) return { ids: [q], matchedBy: ['id'] };
  const indexes: string[] = [];
  const matchedBy: string[] = [];
  for (const kind of ['phone', 'email', 'card', 'app_member'] as const) {
    const normal = normaliseIdentity(kind, q);
    if (normal.ok) {
      indexes.push(identityIndex(ctx.keyring, kind, '', normal.value));
      matchedBy.push(kind);
    }
  }
  const ids = new Set<string>();
  if (indexes.length) {
    const owners = await ctx.db
      .select({ id: guestIdentities.guestId })
      .from(guestIdentities)
      .where(and(inArray(guestIdentities.valueIndex, indexes), eq(guestIdentities.brandId, brandId)))
      .limit(200);
    for (const row of owners) ids.add(row.id);
  }
  if (!matchedBy.includes('phone') && !matchedBy.includes('email')) {
    matchedBy.push('name');
    const named = await ctx.db
      .select({ id: guests.id })
      .from(guests)
      .where(and(eq(guests.brandId, brandId), eq(guests.nameIndex, nameIndex(ctx.keyring, q))))
      .limit(200);
    for (const row of named) ids.add(row.id);
  }
  return { ids: [...ids], matchedBy };
}

/** The guest row, or `guest_not_found`. */
export async function loadGuestRow(ctx: Ctx, guestId: string): Promise<typeof guests.$inferSelect> {
  const [row] = await ctx.db.select().from(guests).where(eq(guests.id, guestId));
  if (!row) throw new AppError('guest_not_found', `No guest ${guestId}`);
  return row;
}

async function assertVisible(ctx: Ctx, row: typeof guests.$inferSelect): Promise<void> {
  if (!(await guestVisibleTo(ctx, row))) {
    throw new AppError('forbidden', 'This guest is not a guest of your stores', { guestId: row.id });
  }
}
