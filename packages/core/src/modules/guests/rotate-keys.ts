import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { decryptField, encryptField, needsReencryption } from '../../crypto/field-crypto';
import { recordAudit } from '../audit/audit.service';
import { integrations } from '../orders/integrations.tables';
import { authorize } from '../staff/authorize';
import { guestIdentities, guests } from './guests.tables';

/** How many sealed values a key rotation rewrote, per table. */
export type RotationSummary = { guests: number; identities: number; integrations: number };

const BATCH = 500;
const GUEST_FIELDS = [
  ['nameEnc', 'guests.name'],
  ['birthdayEnc', 'guests.birthday'],
  ['addressesEnc', 'guests.addresses'],
] as const;

/**
 * Re-encrypts every sealed value written under an older key with the current one (the last id
 * of REGULARS_FIELD_KEY_IDS), in batches. Safe to interrupt and re-run: values already under
 * the current key are skipped. Blind indexes do not change. Afterwards the old id can be dropped.
 */
export async function rotateFieldKeys(
  ctx: Ctx,
  onProgress: (done: number) => void = () => undefined,
): Promise<RotationSummary> {
  authorize(ctx, 'guests.erase');
  const summary: RotationSummary = { guests: 0, identities: 0, integrations: 0 };
  const reseal = (value: string | null, context: string) =>
    value !== null && needsReencryption(ctx.keyring, value)
      ? encryptField(ctx.keyring, decryptField(ctx.keyring, value, context), context)
      : null;
  for (let cursor = ''; ;) {
    const rows = await ctx.db
      .select()
      .from(guests)
      .where(gt(guests.id, cursor))
      .orderBy(asc(guests.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const update: Partial<typeof guests.$inferInsert> = {};
      for (const [column, context] of GUEST_FIELDS) {
        const next = reseal(row[column], context);
        if (next !== null) update[column] = next;
      }
      if (Object.keys(update).length > 0) {
        await ctx.db.update(guests).set(update).where(eq(guests.id, row.id));
        summary.guests++;
      }
    }
    cursor = rows.at(-1)!.id;
    onProgress(summary.guests + summary.identities);
  }
  for (let cursor = ''; ;) {
    const rows = await ctx.db
      .select({ id: guestIdentities.id, valueEnc: guestIdentities.valueEnc })
      .from(guestIdentities)
      .where(
        and(
          gt(guestIdentities.id, cursor),
          sql`split_part(${guestIdentities.valueEnc}, '.', 2) <> ${ctx.keyring.current}`,
        ),
      )
      .orderBy(asc(guestIdentities.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const next = reseal(row.valueEnc, 'guests.identity')!;
      await ctx.db.update(guestIdentities).set({ valueEnc: next }).where(eq(guestIdentities.id, row.id));
      summary.identities++;
    }
    cursor = rows.at(-1)!.id;
    onProgress(summary.guests + summary.identities);
  }
  for (const row of await ctx.db.select().from(integrations)) {
    const next = reseal(row.secretEnc, 'integrations.secret');
    if (next !== null) {
      await ctx.db.update(integrations).set({ secretEnc: next }).where(eq(integrations.id, row.id));
      summary.integrations++;
    }
  }
  await recordAudit(ctx, {
    action: 'keys.rotate',
    entityType: 'keyring',
    entityIds: [ctx.keyring.current],
    details: summary,
  });
  return summary;
}
