import { sql } from 'drizzle-orm';
import type { Channel } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { fillProfile, resolveGuest, type ResolvedIdentity } from '../guests';
import { queryRows, recordset } from './insert-orders.repo';

/** The guest side of an arriving order: normalised identities and an optional name. */
export type OrderGuestArrival = {
  brandId: string;
  storeId: string;
  channel: Channel;
  identities: ResolvedIdentity[];
  name?: string;
};

type Owner = { guestId: string; nameEmpty: boolean };

const keyOf = (brandId: string, i: Pick<ResolvedIdentity, 'kind' | 'namespace' | 'index'>) =>
  `${brandId}\u0000${i.kind}\u0000${i.namespace}\u0000${i.index}`;

/**
 * Finds or creates the guest of each arriving order, in the caller's transaction: regulars (all
 * identities known, one owner) with one query for the whole set; anything else through
 * `resolveGuest` (locks, creation, merge queue), one arrival at a time.
 */
export async function resolveOrderGuests(
  txCtx: Ctx,
  arrivals: OrderGuestArrival[],
): Promise<Array<{ guestId: string; created: boolean }>> {
  const owners = await findOwners(txCtx, arrivals);
  await lockUnknownIdentities(txCtx, arrivals, owners);
  const results: Array<{ guestId: string; created: boolean }> = [];
  for (const arrival of arrivals) {
    const found = arrival.identities.map((i) => owners.get(keyOf(arrival.brandId, i)));
    const ids = new Set(found.map((o) => o?.guestId));
    const known = found[0];
    if (known && ids.size === 1 && !ids.has(undefined)) {
      if (arrival.name && known.nameEmpty) {
        await fillProfile(txCtx, known.guestId, { name: arrival.name }, arrival.channel, { onlyEmpty: true });
        for (const owner of found) if (owner) owner.nameEmpty = false;
      }
      results.push({ guestId: known.guestId, created: false });
      continue;
    }
    const resolution = await resolveGuest(
      txCtx,
      {
        brandId: arrival.brandId,
        channel: arrival.channel,
        storeId: arrival.storeId,
        ...(arrival.name ? { profile: { name: arrival.name } } : {}),
      },
      arrival.identities,
    );
    const owner: Owner = { guestId: resolution.guestId, nameEmpty: !arrival.name };
    for (const i of arrival.identities) owners.set(keyOf(arrival.brandId, i), owner);
    results.push({ guestId: resolution.guestId, created: resolution.created });
  }
  return results;
}

/**
 * Takes, in one statement and in one global order, the advisory locks `resolveGuest` will take
 * for identities not known yet, so that concurrent batches creating the same guests queue
 * instead of deadlocking. The locks are the same (same keys), so `resolveGuest` re-enters them.
 */
async function lockUnknownIdentities(txCtx: Ctx, arrivals: OrderGuestArrival[], owners: Map<string, Owner>) {
  const keys = new Set<string>();
  for (const arrival of arrivals) {
    if (arrival.identities.every((i) => owners.has(keyOf(arrival.brandId, i)))) continue;
    for (const i of arrival.identities) keys.add(`${arrival.brandId}:${i.index}`);
  }
  if (keys.size < 2) return;
  await txCtx.db.execute(sql`
    select count(pg_advisory_xact_lock(hashtextextended(k, 0)))
    from (select value as k from jsonb_array_elements_text(${JSON.stringify([...keys])}::jsonb) order by 1) s`);
}

/** The current owners (following merges) of every identity of the arrivals, in one query. */
async function findOwners(txCtx: Ctx, arrivals: OrderGuestArrival[]): Promise<Map<string, Owner>> {
  const keys = arrivals.flatMap((a) =>
    a.identities.map((i) => ({
      brand_id: a.brandId,
      kind: i.kind,
      namespace: i.namespace,
      value_index: i.index,
    })),
  );
  const owners = new Map<string, Owner>();
  if (keys.length === 0) return owners;
  const rows = await queryRows<{
    brand_id: string;
    kind: ResolvedIdentity['kind'];
    namespace: string;
    value_index: string;
    guest_id: string;
    name_empty: boolean;
  }>(
    txCtx,
    sql`
    select i.brand_id, i.kind, i.namespace, i.value_index,
      coalesce(s.id, g.id) as guest_id,
      case when s.id is null then g.name_enc is null else s.name_enc is null end as name_empty
    from ${recordset(keys, 'brand_id text, kind text, namespace text, value_index text')} as k
    join guest_identities i on i.brand_id = k.brand_id and i.kind = k.kind and i.namespace = k.namespace
      and i.value_index = k.value_index
    join guests g on g.id = i.guest_id
    left join guests s on g.status = 'merged' and s.id = g.merged_into`,
  );
  for (const row of rows) {
    owners.set(keyOf(row.brand_id, { kind: row.kind, namespace: row.namespace, index: row.value_index }), {
      guestId: row.guest_id,
      nameEmpty: row.name_empty,
    });
  }
  return owners;
}
