import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { countOf, keyOf, type Staging } from './import-staging';

/** What set-based resolution did for one chunk. */
export type BulkResolution = { created: number; matched: number; attached: number; candidates: number };

/**
 * Identity resolution for a chunk of staged customers, set-based and inside the caller's
 * transaction. Each staged key (a customer, named by its strongest identity) is matched to the
 * guest owning any of its identities (the strongest owned identity wins; merged guests lead to
 * their survivor); unmatched keys sharing an identity are one guest; the rest get new guests in
 * one statement; identities are attached with ON CONFLICT DO NOTHING; identities owned by
 * another guest become merge candidates; empty profile fields of matched guests are filled.
 */
export async function resolveStagedGuests(
  txCtx: Ctx,
  s: Staging,
  input: { brandId: string; run: string; now: Date; sharedIdentities: boolean; hasProfile: boolean },
): Promise<BulkResolution> {
  const { brandId, run } = input;
  const now = input.now.toISOString();
  const matched = await countOf(
    txCtx,
    sql`with owners as (
      select distinct on (i.key) i.key, o.owner
      from ${s.idents} i
      cross join lateral (${ownerOf(brandId)}) o
      where i.run = ${run}
      order by i.key, i.prio, o.owner
    ), upd as (
      update ${s.keys} k set guest_id = o.owner, matched = true
      from owners o where k.run = ${run} and k.key = o.key
      returning 1
    ) select count(*)::int as n from upd`,
  );
  if (input.sharedIdentities) {
    // Unmatched customers of this chunk that share an identity become one guest: the first one's.
    await txCtx.db.execute(sql`with unmatched as materialized (
        select i.key, i.kind, i.namespace, i.value_index, k.key_no
        from ${s.idents} i join ${s.keys} k on k.run = ${run} and k.key = i.key
        where i.run = ${run} and k.guest_id is null
      ), firsts as (
        select key, min(first_no) as rep_no from (
          select key, min(key_no) over (partition by kind, namespace, value_index) as first_no from unmatched
        ) x group by key
      )
      update ${s.keys} k set guest_cand = r.guest_cand
      from firsts f join ${s.keys} r on r.run = ${run} and r.key_no = f.rep_no
      where k.run = ${run} and k.key = f.key and k.guest_id is null and f.rep_no < k.key_no`);
  }
  const source = sql`jsonb_build_object('channel', 'import', 'at', ${now}::text)`;
  const created = await countOf(
    txCtx,
    sql`with ins as (
      insert into guests (id, brand_id, status, source_channel, home_store_id, name_enc, name_index,
        birthday_enc, birth_month, gender, language, field_sources, created_at, updated_at)
      select distinct on (k.guest_cand) k.guest_cand, ${brandId}, 'active', 'import', k.home_store_id,
        k.name_enc, k.name_index, k.birthday_enc, k.birth_month, k.gender, k.language,
        jsonb_strip_nulls(jsonb_build_object(
          'name', case when k.name_enc is not null then ${source} end,
          'birthday', case when k.birthday_enc is not null then ${source} end,
          'gender', case when k.gender is not null then ${source} end,
          'language', case when k.language is not null then ${source} end)),
        ${now}::timestamptz, ${now}::timestamptz
      from ${s.keys} k
      where k.run = ${run} and k.guest_id is null
      order by k.guest_cand, k.key_no
      returning 1
    ) select count(*)::int as n from ins`,
  );
  await txCtx.db.execute(
    sql`update ${s.keys} set guest_id = guest_cand where run = ${run} and guest_id is null`,
  );
  // With one identity per customer, a matched customer's identity is its owner's already: only
  // new guests have identities to attach, and only they can meet a conflict.
  const onlyNew = input.sharedIdentities ? sql`` : sql`and not k.matched`;
  const attached = await countOf(
    txCtx,
    sql`with ins as (
      insert into guest_identities (id, brand_id, guest_id, kind, namespace, value_index, value_enc,
        masked, source, collected_at)
      select i.identity_cand, ${brandId}, k.guest_id, i.kind, i.namespace, i.value_index, i.value_enc,
        i.masked, 'import', ${now}::timestamptz
      from ${s.idents} i cross join lateral (${keyOf(s, run, sql`i.key`)}) k
      where i.run = ${run} ${onlyNew}
      order by i.prio, k.key_no
      on conflict (brand_id, kind, namespace, value_index) do nothing
      returning 1
    ) select count(*)::int as n from ins`,
  );
  const candidates = await countOf(
    txCtx,
    sql`with pairs as (
      select distinct on (least(k.guest_id, o.owner), greatest(k.guest_id, o.owner))
        i.merge_cand, least(k.guest_id, o.owner) as guest_a, greatest(k.guest_id, o.owner) as guest_b
      from ${s.idents} i
      cross join lateral (${keyOf(s, run, sql`i.key`)}) k
      cross join lateral (${ownerOf(brandId)}) o
      where i.run = ${run} and o.owner <> k.guest_id ${onlyNew}
      order by least(k.guest_id, o.owner), greatest(k.guest_id, o.owner), i.merge_cand
    ), ins as (
      insert into merge_candidates (id, brand_id, guest_a, guest_b, reason, status, created_at)
      select merge_cand, ${brandId}, guest_a, guest_b, 'import: shared identities', 'open', ${now}::timestamptz
      from pairs
      on conflict (guest_a, guest_b) do nothing
      returning 1
    ) select count(*)::int as n from ins`,
  );
  if (input.hasProfile) await fillEmptyProfiles(txCtx, s, run, now);
  // Every guest the import touches, for the recount at the end (kept across chunks and crashes).
  await txCtx.db.execute(sql`insert into ${s.guests} (guest_id)
    select distinct guest_id from ${s.keys} where run = ${run} and guest_id is not null
    on conflict (guest_id) do nothing`);
  return { created, matched, attached, candidates };
}

/**
 * The guest owning a staged identity (`i`), or its survivor when merged. LIMIT keeps the LATERAL
 * subquery from being flattened into a join: one index probe per staged row, whatever the
 * (often stale) statistics of the big tables say.
 */
function ownerOf(brandId: string) {
  return sql`select case when g.status = 'merged' and g.merged_into is not null then g.merged_into else g.id end as owner
    from guest_identities gi join guests g on g.id = gi.guest_id
    where gi.brand_id = ${brandId} and gi.kind = i.kind and gi.namespace = i.namespace
      and gi.value_index = i.value_index
    limit 1`;
}

/** Matched guests get the file's profile fields only where theirs are empty. */
async function fillEmptyProfiles(txCtx: Ctx, s: Staging, run: string, now: string): Promise<void> {
  const source = sql`jsonb_build_object('channel', 'import', 'at', ${now}::text)`;
  await txCtx.db.execute(sql`update guests g set
      name_enc = coalesce(g.name_enc, k.name_enc),
      name_index = case when g.name_enc is null then k.name_index else g.name_index end,
      birthday_enc = coalesce(g.birthday_enc, k.birthday_enc),
      birth_month = case when g.birthday_enc is null then k.birth_month else g.birth_month end,
      gender = coalesce(g.gender, k.gender),
      language = coalesce(g.language, k.language),
      home_store_id = coalesce(g.home_store_id, k.home_store_id),
      field_sources = g.field_sources || jsonb_strip_nulls(jsonb_build_object(
        'name', case when g.name_enc is null and k.name_enc is not null then ${source} end,
        'birthday', case when g.birthday_enc is null and k.birthday_enc is not null then ${source} end,
        'gender', case when g.gender is null and k.gender is not null then ${source} end,
        'language', case when g.language is null and k.language is not null then ${source} end)),
      updated_at = ${now}::timestamptz
    from ${s.keys} k
    where k.run = ${run} and k.matched and g.id = k.guest_id
      and ((g.name_enc is null and k.name_enc is not null)
        or (g.birthday_enc is null and k.birthday_enc is not null)
        or (g.gender is null and k.gender is not null)
        or (g.language is null and k.language is not null)
        or (g.home_store_id is null and k.home_store_id is not null))`);
}
