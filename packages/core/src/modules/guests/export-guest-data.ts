import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { GuestDataExport } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { auditLog } from '../audit/audit.tables';
import { guestItemStats, orderEvents, orderLines, orders } from '../orders/orders.tables';
import { authorize } from '../staff/authorize';
import { loadVisibleGuest, withMergedInto } from './guest-access';
import { unseal } from './guest-crypto';
import { openFields } from './guest-view';
import { guestConsents, guestIdentities, guestMerges, guests } from './guests.tables';
import { toMerge } from './merge-guests';

type GuestRow = typeof guests.$inferSelect;

/** The purpose every data-subject export is recorded with. */
export const EXPORT_PURPOSE = 'data_subject_request';

/**
 * Everything held about a guest, in clear, for a data-subject access request (SEC-6): profile,
 * identities, consent ledger, orders with lines and events, item counts, merges and the audit
 * entries naming the guest; guests merged into them are included. Needs `guests.reveal`; the
 * export is audited with purpose `data_subject_request`.
 */
export async function exportGuestData(ctx: Ctx, guestId: string): Promise<GuestDataExport> {
  authorize(ctx, 'guests.reveal');
  const guest = await loadVisibleGuest(ctx, guestId);
  const ids = await withMergedInto(ctx, [guestId]);
  const mergedIds = ids.filter((id) => id !== guestId);
  const mergedGuests = mergedIds.length
    ? await ctx.db.select().from(guests).where(inArray(guests.id, mergedIds)).orderBy(asc(guests.id))
    : [];
  const [identities, consents, orderRows, stats, merges, audit] = await Promise.all([
    ctx.db
      .select()
      .from(guestIdentities)
      .where(inArray(guestIdentities.guestId, ids))
      .orderBy(asc(guestIdentities.id)),
    ctx.db
      .select()
      .from(guestConsents)
      .where(inArray(guestConsents.guestId, ids))
      .orderBy(asc(guestConsents.id)),
    ctx.db
      .select()
      .from(orders)
      .where(inArray(orders.guestId, ids))
      .orderBy(asc(orders.placedAt), asc(orders.id)),
    ctx.db
      .select()
      .from(guestItemStats)
      .where(eq(guestItemStats.guestId, guestId))
      .orderBy(asc(guestItemStats.itemName)),
    ctx.db
      .select()
      .from(guestMerges)
      .where(or(inArray(guestMerges.survivorId, ids), inArray(guestMerges.mergedId, ids)))
      .orderBy(asc(guestMerges.id)),
    ctx.db
      .select()
      .from(auditLog)
      .where(or(...ids.map((id) => sql`${auditLog.entityIds} @> array[${id}]::text[]`)))
      .orderBy(asc(auditLog.id)),
  ]);
  const orderIds = orderRows.map((o) => o.id);
  const [lines, events] = orderIds.length
    ? await Promise.all([
        ctx.db
          .select()
          .from(orderLines)
          .where(inArray(orderLines.orderId, orderIds))
          .orderBy(asc(orderLines.lineNo)),
        ctx.db
          .select()
          .from(orderEvents)
          .where(inArray(orderEvents.orderId, orderIds))
          .orderBy(asc(orderEvents.at)),
      ])
    : [[], []];
  const exported: GuestDataExport = {
    exportedAt: ctx.clock.now().toISOString(),
    purpose: EXPORT_PURPOSE,
    guest: profileOf(ctx, guest),
    mergedGuests: mergedGuests.map((g) => profileOf(ctx, g)),
    identities: identities.map((i) => ({
      id: i.id,
      guestId: i.guestId,
      kind: i.kind,
      namespace: i.namespace,
      value: unseal(ctx.keyring, 'identity', i.valueEnc)!,
      source: i.source,
      collectedAt: i.collectedAt.toISOString(),
      verifiedAt: i.verifiedAt?.toISOString() ?? null,
    })),
    consents: consents.map((c) => ({ ...c, at: c.at.toISOString() })),
    orders: orderRows.map((o) => ({
      id: o.id,
      guestId: o.guestId,
      storeId: o.storeId,
      channel: o.channel,
      source: o.source,
      externalId: o.externalId,
      placedAt: o.placedAt.toISOString(),
      grossFen: o.grossFen,
      discountFen: o.discountFen,
      paidFen: o.paidFen,
      refundedFen: o.refundedFen,
      paymentMethod: o.paymentMethod,
      status: o.status,
      lines: lines
        .filter((l) => l.orderId === o.id)
        .map((l) => ({
          lineNo: l.lineNo,
          name: l.name,
          sku: l.sku,
          quantity: l.quantity,
          unitPriceFen: l.unitPriceFen,
          amountFen: l.amountFen,
        })),
      events: events
        .filter((e) => e.orderId === o.id)
        .map((e) => ({ kind: e.kind, amountFen: e.amountFen, reason: e.reason, at: e.at.toISOString() })),
    })),
    itemStats: stats.map((s) => ({
      itemName: s.itemName,
      quantity: s.quantity,
      lastAt: s.lastAt.toISOString(),
    })),
    merges: merges.map(toMerge),
    audit: audit.map((a) => ({
      id: a.id,
      at: a.at.toISOString(),
      actorKind: a.actorKind,
      actorId: a.actorId,
      action: a.action,
      purpose: a.purpose,
      details: a.details,
    })),
  };
  await recordAudit(ctx, {
    action: 'guest.export_data',
    entityType: 'guest',
    entityIds: ids,
    purpose: EXPORT_PURPOSE,
    details: { identities: identities.length, orders: orderRows.length, consents: consents.length },
  });
  return exported;
}

function profileOf(ctx: Ctx, row: GuestRow): GuestDataExport['guest'] {
  const opened = openFields(ctx, row);
  return {
    id: row.id,
    brandId: row.brandId,
    status: row.status,
    mergedInto: row.mergedInto,
    name: opened.name,
    birthday: opened.birthday,
    gender: row.gender,
    language: row.language,
    addresses: opened.addresses,
    tastes: row.tastes,
    allergies: row.allergies,
    tags: row.tags,
    notes: row.notes,
    fieldSources: row.fieldSources,
    sourceChannel: row.sourceChannel,
    homeStoreId: row.homeStoreId,
    visits: row.visits,
    spendFen: row.spendFen,
    firstVisitAt: row.firstVisitAt?.toISOString() ?? null,
    lastVisitAt: row.lastVisitAt?.toISOString() ?? null,
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    erasedAt: row.erasedAt?.toISOString() ?? null,
  };
}
