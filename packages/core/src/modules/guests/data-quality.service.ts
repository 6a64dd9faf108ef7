import { and, asc, eq, gt, inArray, isNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  DataQualityFixInput,
  DataQualityFixResult,
  DataQualityReport,
  GuestSummary,
  IdentityKind,
} from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { resolveBrandId } from '../org';
import { authorize, storeScope } from '../staff/authorize';
import { unseal } from './guest-crypto';
import { loadMaskedPhones, toSummary } from './guest-view';
import { guestIdentities, guests, mergeCandidates } from './guests.tables';
import { normaliseIdentity } from './identity.rules';
import { findDuplicateSuspects, queueDuplicateSuspects } from './merge-candidates';
import { monthsBefore } from './retention.service';

/** Profiles neither visited nor verified for this many months are reported as stale (CUS-4). */
export const STALE_MONTHS = 12;
/** Guests shown per finding. */
export const SAMPLE_SIZE = 50;
const SCAN_BATCH = 1000;
const guestA = alias(guests, 'dq_guest_a');
const guestB = alias(guests, 'dq_guest_b');
/** Suspect pairs counted per report at most (the count says "at least" beyond it). */
const SUSPECT_SCAN_LIMIT = 100_000;

/**
 * The data-quality report of the brand (CUS-4, DAT-1): suspected duplicates, contacts that fail
 * today's validation (decrypted in batches), stale profiles and guests without any identity,
 * each with a count and up to 50 masked guests. Brand-wide, so it needs `guests.manage` without
 * a store limit. The guests shown are audited.
 */
export async function getDataQualityReport(ctx: Ctx): Promise<DataQualityReport> {
  const brandId = await authorizeBrandWide(ctx);
  const now = ctx.clock.now();
  const openWhere = and(
    eq(mergeCandidates.brandId, brandId),
    eq(mergeCandidates.status, 'open'),
    eq(guestA.status, 'active'),
    eq(guestB.status, 'active'),
  );
  const [open] = await ctx.db
    .select({ count: sql<number>`count(*)::int`.mapWith(Number) })
    .from(mergeCandidates)
    .innerJoin(guestA, eq(guestA.id, mergeCandidates.guestA))
    .innerJoin(guestB, eq(guestB.id, mergeCandidates.guestB))
    .where(openWhere);
  const openPairs = await ctx.db
    .select({ a: mergeCandidates.guestA, b: mergeCandidates.guestB })
    .from(mergeCandidates)
    .innerJoin(guestA, eq(guestA.id, mergeCandidates.guestA))
    .innerJoin(guestB, eq(guestB.id, mergeCandidates.guestB))
    .where(openWhere)
    .orderBy(asc(mergeCandidates.id))
    .limit(SAMPLE_SIZE);
  const suspects = await findDuplicateSuspects(ctx, brandId, SUSPECT_SCAN_LIMIT);
  const duplicateIds = [
    ...openPairs.flatMap((p) => [p.a, p.b]),
    ...suspects.flatMap((p) => [p.guestA, p.guestB]),
  ];
  const invalid = await scanInvalidIdentities(ctx, brandId);
  const staleCutoff = monthsBefore(now, STALE_MONTHS).toISOString();
  const staleWhere = and(
    eq(guests.brandId, brandId),
    eq(guests.status, 'active'),
    sql`coalesce(${guests.lastVisitAt}, ${guests.createdAt}) < ${staleCutoff}::timestamptz`,
    or(isNull(guests.lastVerifiedAt), sql`${guests.lastVerifiedAt} < ${staleCutoff}::timestamptz`),
  )!;
  const bareWhere = and(
    eq(guests.brandId, brandId),
    eq(guests.status, 'active'),
    notExists(
      ctx.db
        .select({ one: sql`1` })
        .from(guestIdentities)
        .where(eq(guestIdentities.guestId, guests.id)),
    ),
  )!;
  const [stale, bare] = [await countAndSample(ctx, staleWhere), await countAndSample(ctx, bareWhere)];
  const shown = {
    duplicates: sample(duplicateIds),
    invalid: sample(invalid.map((i) => i.guestId)),
    stale: stale.ids,
    bare: bare.ids,
  };
  const summaries = await summariesOf(ctx, [
    ...shown.duplicates,
    ...shown.invalid,
    ...shown.stale,
    ...shown.bare,
  ]);
  const pick = (ids: string[]) => ids.map((id) => summaries.get(id)).filter((s): s is GuestSummary => !!s);
  await recordAudit(ctx, {
    action: 'guest.data_quality',
    entityType: 'guest',
    entityIds: [...summaries.keys()],
    details: {
      openCandidates: open?.count ?? 0,
      invalidIdentities: invalid.length,
      stale: stale.count,
      bare: bare.count,
    },
  });
  return {
    generatedAt: now.toISOString(),
    duplicates: {
      count: (open?.count ?? 0) + suspects.length,
      sample: pick(shown.duplicates),
      openCandidates: open?.count ?? 0,
      unqueuedPairs: suspects.length,
    },
    invalidContacts: {
      count: new Set(invalid.map((i) => i.guestId)).size,
      sample: pick(shown.invalid),
      identities: invalid.length,
    },
    stale: { count: stale.count, sample: pick(shown.stale) },
    withoutIdentity: { count: bare.count, sample: pick(shown.bare) },
  };
}

/**
 * Runs one safe fix: `queue_duplicates` puts every same-name-and-birth-month pair on the review
 * queue (nothing is merged); `remove_invalid_contacts` deletes identities that fail today's
 * validation. Audited with the guests touched. Returns how many pairs or identities.
 */
export async function fixDataQuality(ctx: Ctx, input: DataQualityFixInput): Promise<DataQualityFixResult> {
  const brandId = await authorizeBrandWide(ctx);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    let affected: number;
    let guestIds: string[] = [];
    if (input.kind === 'queue_duplicates') {
      affected = await queueDuplicateSuspects(txCtx, brandId);
    } else {
      const invalid = await scanInvalidIdentities(txCtx, brandId);
      for (let i = 0; i < invalid.length; i += SCAN_BATCH) {
        const ids = invalid.slice(i, i + SCAN_BATCH).map((r) => r.id);
        await tx.delete(guestIdentities).where(inArray(guestIdentities.id, ids));
      }
      affected = invalid.length;
      guestIds = [...new Set(invalid.map((r) => r.guestId))].sort();
    }
    await recordAudit(txCtx, {
      action: 'guest.data_quality_fix',
      entityType: 'guest',
      entityIds: guestIds,
      details: { kind: input.kind, affected },
    });
    return { kind: input.kind, affected };
  });
}

async function authorizeBrandWide(ctx: Ctx): Promise<string> {
  authorize(ctx, 'guests.manage');
  if (storeScope(ctx.actor) !== null) {
    throw new AppError(
      'forbidden',
      'Data quality covers the whole brand: not for staff limited to some stores',
      {
        action: 'guests.manage',
      },
    );
  }
  return resolveBrandId(ctx);
}

/**
 * Identities of the brand's active guests whose decrypted value no longer passes
 * `normaliseIdentity` (rules change; old imports), scanned in batches of 1,000 by id.
 */
async function scanInvalidIdentities(
  ctx: Ctx,
  brandId: string,
): Promise<Array<{ id: string; guestId: string }>> {
  const invalid: Array<{ id: string; guestId: string }> = [];
  for (let cursor = ''; ;) {
    const rows = await ctx.db
      .select({
        id: guestIdentities.id,
        guestId: guestIdentities.guestId,
        kind: guestIdentities.kind,
        valueEnc: guestIdentities.valueEnc,
      })
      .from(guestIdentities)
      .innerJoin(guests, eq(guests.id, guestIdentities.guestId))
      .where(
        and(
          eq(guestIdentities.brandId, brandId),
          eq(guests.status, 'active'),
          gt(guestIdentities.id, cursor),
        ),
      )
      .orderBy(asc(guestIdentities.id))
      .limit(SCAN_BATCH);
    if (rows.length === 0) return invalid;
    for (const row of rows) {
      const value = unseal(ctx.keyring, 'identity', row.valueEnc)!;
      if (!normaliseIdentity(row.kind as IdentityKind, value).ok)
        invalid.push({ id: row.id, guestId: row.guestId });
    }
    cursor = rows.at(-1)!.id;
  }
}

async function countAndSample(ctx: Ctx, where: SQL): Promise<{ count: number; ids: string[] }> {
  const [counted] = await ctx.db
    .select({ count: sql<number>`count(*)::int`.mapWith(Number) })
    .from(guests)
    .where(where);
  const rows = await ctx.db
    .select({ id: guests.id })
    .from(guests)
    .where(where)
    .orderBy(asc(guests.id))
    .limit(SAMPLE_SIZE);
  return { count: counted?.count ?? 0, ids: rows.map((r) => r.id) };
}

function sample(ids: string[]): string[] {
  return [...new Set(ids)].slice(0, SAMPLE_SIZE);
}

async function summariesOf(ctx: Ctx, ids: string[]): Promise<Map<string, GuestSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await ctx.db.select().from(guests).where(inArray(guests.id, unique));
  const phones = await loadMaskedPhones(ctx, unique);
  return new Map(rows.map((r) => [r.id, toSummary(ctx, r, phones.get(r.id) ?? null)]));
}
