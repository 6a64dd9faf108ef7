import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Channel, GuestProfileInput, IdentityInput, IdentityKind } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { fillProfile, givenFields, profileColumns } from './profile-fields';
import { identityIndex, seal } from './guest-crypto';
import { guestIdentities, guests, mergeCandidates } from './guests.tables';
import { maskIdentity, normaliseIdentity, strongestKind } from './identity.rules';

/** An identity after normalisation, with its blind index. */
export type ResolvedIdentity = { kind: IdentityKind; namespace: string; value: string; index: string };

/** What resolution did: the guest the arrival belongs to, and whether it was new. */
export type Resolution = { guestId: string; created: boolean; conflicts: string[] };

/** Where an arrival came from: channel, store and the moment (for field sources). */
export type Arrival = {
  brandId: string;
  channel: Channel;
  storeId?: string | null;
  profile?: GuestProfileInput;
};

/**
 * Normalises identities; an impossible phone or e-mail is refused with `invalid_contact`
 * naming the identity and the reason.
 */
export function normaliseIdentities(ctx: Ctx, inputs: readonly IdentityInput[]): ResolvedIdentity[] {
  const seen = new Map<string, ResolvedIdentity>();
  inputs.forEach((input, i) => {
    const normal = normaliseIdentity(input.kind, input.value);
    if (!normal.ok) {
      throw new AppError('invalid_contact', `The ${input.kind} is not valid: ${normal.reason}`, {
        field: `identities.${i}.value`,
        kind: input.kind,
        reason: normal.reason,
      });
    }
    const namespace = input.kind === 'platform_user' ? (input.namespace ?? 'unknown') : '';
    const index = identityIndex(ctx.keyring, input.kind, namespace, normal.value);
    seen.set(`${input.kind}:${namespace}:${index}`, {
      kind: input.kind,
      namespace,
      value: normal.value,
      index,
    });
  });
  return [...seen.values()];
}

/**
 * Matches an arriving guest (registration, order, import row) to existing guests by any shared
 * identity, inside the caller's transaction (`ctx.db`). None: a guest is created. One: new
 * identities are attached and empty profile fields filled. Several: the guest found by the
 * strongest identity wins, the others are queued for merge review. Concurrent arrivals with
 * the same identity serialise on a transaction-scoped advisory lock, so exactly one guest is created.
 */
export async function resolveGuest(
  ctx: Ctx,
  arrival: Arrival,
  identities: ResolvedIdentity[],
): Promise<Resolution> {
  const keys = identities.map((i) => `${arrival.brandId}:${i.index}`).sort();
  if (keys.length > 0) {
    await ctx.db.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(${sql.raw(`array[${keys.map(quote).join(',')}]`)}::text[]) with ordinality as t(k, n) order by n`,
    );
  }
  const matches = await findIdentityOwners(ctx, arrival.brandId, identities);
  const owners = [...new Set(matches.map((m) => m.guestId))];
  if (owners.length === 0) {
    const guestId = await createGuestRow(ctx, arrival);
    await attachIdentities(ctx, arrival, guestId, identities);
    return { guestId, created: true, conflicts: [] };
  }
  const winnerKind = strongestKind(matches.map((m) => m.kind as IdentityKind));
  const guestId = matches.find((m) => m.kind === winnerKind)!.guestId;
  const conflicts = owners.filter((id) => id !== guestId);
  for (const other of conflicts)
    await queueMergeCandidate(ctx, arrival.brandId, guestId, other, 'shared identities');
  const taken = new Set(matches.map((m) => m.index));
  await attachIdentities(
    ctx,
    arrival,
    guestId,
    identities.filter((i) => !taken.has(i.index)),
  );
  if (arrival.profile) await fillProfile(ctx, guestId, arrival.profile, arrival.channel, { onlyEmpty: true });
  return { guestId, created: false, conflicts };
}

/** The active owners of the given identities (following merges to the survivor). */
async function findIdentityOwners(ctx: Ctx, brandId: string, identities: ResolvedIdentity[]) {
  if (identities.length === 0) return [];
  const rows = await ctx.db
    .select({
      guestId: guestIdentities.guestId,
      kind: guestIdentities.kind,
      index: guestIdentities.valueIndex,
      status: guests.status,
      mergedInto: guests.mergedInto,
    })
    .from(guestIdentities)
    .innerJoin(guests, eq(guests.id, guestIdentities.guestId))
    .where(
      and(
        eq(guestIdentities.brandId, brandId),
        or(
          ...identities.map((i) =>
            and(
              eq(guestIdentities.kind, i.kind),
              eq(guestIdentities.namespace, i.namespace),
              eq(guestIdentities.valueIndex, i.index),
            ),
          ),
        ),
      ),
    );
  return rows.map((r) => ({
    ...r,
    guestId: r.status === 'merged' && r.mergedInto ? r.mergedInto : r.guestId,
  }));
}

async function createGuestRow(ctx: Ctx, arrival: Arrival): Promise<string> {
  const now = ctx.clock.now();
  const id = newId('gst', now.getTime());
  const profile = arrival.profile ?? {};
  await ctx.db.insert(guests).values({
    ...profileColumns(ctx, profile, givenFields(profile), arrival.channel),
    id,
    brandId: arrival.brandId,
    sourceChannel: arrival.channel,
    homeStoreId: arrival.storeId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/** A text literal for SQL (single quotes doubled); identity keys are hex and ids, never guest input. */
function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Attaches identities to a guest; each identity is sealed, indexed and masked. */
export async function attachIdentities(
  ctx: Ctx,
  arrival: Pick<Arrival, 'brandId' | 'channel'>,
  guestId: string,
  identities: ResolvedIdentity[],
): Promise<void> {
  if (identities.length === 0) return;
  const now = ctx.clock.now();
  await ctx.db
    .insert(guestIdentities)
    .values(
      identities.map((i) => ({
        id: newId('gid', now.getTime()),
        brandId: arrival.brandId,
        guestId,
        kind: i.kind,
        namespace: i.namespace,
        valueIndex: i.index,
        valueEnc: seal(ctx.keyring, 'identity', i.value)!,
        masked: maskIdentity(i.kind, i.value),
        source: arrival.channel,
        collectedAt: now,
      })),
    )
    .onConflictDoNothing();
}

/** Adds a pair to the merge review queue once (in a stable order), unless already decided. */
export async function queueMergeCandidate(
  ctx: Ctx,
  brandId: string,
  one: string,
  other: string,
  reason: string,
): Promise<void> {
  const [guestA, guestB] = [one, other].sort() as [string, string];
  await ctx.db
    .insert(mergeCandidates)
    .values({
      id: newId('mgc', ctx.clock.now().getTime()),
      brandId,
      guestA,
      guestB,
      reason,
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing();
}

/** The guests of a brand that own any of the given identity indexes (for imports and lookups). */
export async function findGuestIdsByIndexes(ctx: Ctx, brandId: string, indexes: string[]): Promise<string[]> {
  if (indexes.length === 0) return [];
  const rows = await ctx.db
    .selectDistinct({ guestId: guestIdentities.guestId })
    .from(guestIdentities)
    .where(and(eq(guestIdentities.brandId, brandId), inArray(guestIdentities.valueIndex, indexes)));
  return rows.map((r) => r.guestId);
}
