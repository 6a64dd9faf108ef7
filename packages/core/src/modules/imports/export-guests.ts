import { and, asc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { ExportGuestsFilter } from '@regulars/contracts';
import { CONSENT_CHANNELS, PURPOSES } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { guestIdentities, guests } from '../guests/guests.tables';
import { maskName, unseal } from '../guests/index';
import { resolveBrandId } from '../org/index';
import { stores } from '../org/org.tables';
import { actorMay, authorize, storeScope } from '../staff/authorize';
import { csvLine, UTF8_BOM } from './csv-writer.rules';

/** What to export: filters, the purpose (audited), the consent channel for marketing, contact columns. */
export type ExportGuestsInput = {
  filter?: ExportGuestsFilter;
  purpose?: (typeof PURPOSES)[number];
  channel?: (typeof CONSENT_CHANNELS)[number];
  includeContact?: boolean;
  /** Guests per database page (default 1,000). */
  pageSize?: number;
};

/** An export ready to stream: how many guests, whether contact is in clear, and the CSV text in pieces. */
export type GuestExport = { count: number; clear: boolean; fileName: string; chunks: AsyncIterable<string> };

const HEADER = [
  'guest_id',
  'name',
  'phone',
  'email',
  'gender',
  'birth_month',
  'home_store',
  'visits',
  'spend',
  'first_visit_at',
  'last_visit_at',
  'tags',
  'created_at',
];

/**
 * Exports guests as CSV (UTF-8 with BOM, so Excel shows Chinese), paging through them by id.
 * Needs `guests.export`; name, phone and e-mail are in clear only for actors who also hold
 * `guests.reveal`, ask for contact and state a purpose, otherwise masked. A `marketing` export
 * includes only guests whose latest marketing consent on `channel` is granted, and only that
 * channel's contact column. Cells are escaped against formula injection. The export is audited
 * (`guest.export`) with its purpose and count before the first byte is sent.
 */
export async function exportGuestsCsv(ctx: Ctx, input: ExportGuestsInput): Promise<GuestExport> {
  const filter = input.filter ?? {};
  authorize(ctx, 'guests.export', { storeId: filter.storeId });
  if (input.purpose === 'marketing' && !input.channel) {
    throw new AppError(
      'validation_failed',
      'A marketing export needs the consent channel (sms, email, wechat or push)',
      [{ path: 'channel', message: 'required when the purpose is marketing' }],
    );
  }
  const brandId = await resolveBrandId(ctx, filter.storeId);
  const clear = Boolean(input.includeContact && input.purpose && actorMay(ctx.actor, 'guests.reveal'));
  const where = conditions(ctx, brandId, input);
  const [counted] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(guests)
    .where(and(...where));
  const count = Number(counted?.n ?? 0);
  await recordAudit(ctx, {
    action: 'guest.export',
    entityType: 'guest',
    entityIds: [],
    storeId: filter.storeId ?? null,
    purpose: input.purpose ?? null,
    details: {
      count,
      clear,
      includeContact: Boolean(input.includeContact),
      channel: input.channel ?? null,
      filter,
    },
  });
  const storeRows = await ctx.db
    .select({ id: stores.id, code: stores.code })
    .from(stores)
    .where(eq(stores.brandId, brandId));
  const storeCodes = new Map(storeRows.map((s) => [s.id, s.code]));
  const contact = contactColumns(input);
  const day = ctx.clock.now().toISOString().slice(0, 10).replace(/-/g, '');
  return {
    count,
    clear,
    fileName: `guests-${day}.csv`,
    chunks: pages(ctx, { where, pageSize: input.pageSize ?? 1000, clear, contact, storeCodes }),
  };
}

function conditions(ctx: Ctx, brandId: string, input: ExportGuestsInput): SQL[] {
  const filter = input.filter ?? {};
  const where: SQL[] = [eq(guests.brandId, brandId), eq(guests.status, 'active')];
  const scope = storeScope(ctx.actor);
  if (scope !== null) where.push(scope.length ? inArray(guests.homeStoreId, scope) : sql`false`);
  if (filter.storeId) where.push(eq(guests.homeStoreId, filter.storeId));
  if (filter.tag) where.push(sql`${guests.tags} @> array[${filter.tag}]::text[]`);
  if (filter.lastVisitAfter)
    where.push(gte(guests.lastVisitAt, parseDay(filter.lastVisitAfter, 'lastVisitAfter')));
  if (filter.lastVisitBefore)
    where.push(lt(guests.lastVisitAt, parseDay(filter.lastVisitBefore, 'lastVisitBefore')));
  if (filter.minVisits !== undefined) where.push(gte(guests.visits, filter.minVisits));
  if (input.purpose === 'marketing' && input.channel) {
    where.push(sql`(select c.granted from guest_consents c
      where c.guest_id = ${guests.id} and c.purpose = 'marketing' and c.channel = ${input.channel}
      order by c.at desc, c.id desc limit 1) is true`);
  }
  return where;
}

function parseDay(value: string, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new AppError('validation_failed', `${field} is not a date`, [
      { path: field, message: 'use YYYY-MM-DD' },
    ]);
  }
  return date;
}

/** Which contact columns a export carries: both, or for marketing only the consented channel's. */
function contactColumns(input: ExportGuestsInput): { phone: boolean; email: boolean } {
  if (input.purpose !== 'marketing') return { phone: true, email: true };
  return { phone: input.channel === 'sms', email: input.channel === 'email' };
}

async function* pages(
  ctx: Ctx,
  options: {
    where: SQL[];
    pageSize: number;
    clear: boolean;
    contact: { phone: boolean; email: boolean };
    storeCodes: Map<string, string>;
  },
): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(HEADER);
  let cursor: string | null = null;
  for (;;) {
    const page = await ctx.db
      .select()
      .from(guests)
      .where(and(...options.where, cursor === null ? undefined : gt(guests.id, cursor)))
      .orderBy(asc(guests.id))
      .limit(options.pageSize);
    if (page.length === 0) return;
    const ids = page.map((g) => g.id);
    const identityRows = await ctx.db
      .select({
        guestId: guestIdentities.guestId,
        kind: guestIdentities.kind,
        valueEnc: guestIdentities.valueEnc,
        masked: guestIdentities.masked,
      })
      .from(guestIdentities)
      .where(and(inArray(guestIdentities.guestId, ids), inArray(guestIdentities.kind, ['phone', 'email'])))
      .orderBy(asc(guestIdentities.collectedAt), asc(guestIdentities.id));
    const first = new Map<string, string>();
    for (const row of identityRows) {
      const key = `${row.guestId}:${row.kind}`;
      if (first.has(key)) continue;
      first.set(key, options.clear ? (unseal(ctx.keyring, 'identity', row.valueEnc) ?? '') : row.masked);
    }
    let text = '';
    for (const g of page) {
      const name = unseal(ctx.keyring, 'name', g.nameEnc);
      text += csvLine([
        g.id,
        name === null ? null : options.clear ? name : maskName(name),
        options.contact.phone ? (first.get(`${g.id}:phone`) ?? null) : null,
        options.contact.email ? (first.get(`${g.id}:email`) ?? null) : null,
        g.gender,
        g.birthMonth,
        g.homeStoreId ? (options.storeCodes.get(g.homeStoreId) ?? null) : null,
        g.visits,
        (g.spendFen / 100).toFixed(2),
        g.firstVisitAt?.toISOString() ?? null,
        g.lastVisitAt?.toISOString() ?? null,
        g.tags.join('; '),
        g.createdAt.toISOString(),
      ]);
    }
    yield text;
    cursor = page.at(-1)!.id;
    if (page.length < options.pageSize) return;
  }
}
