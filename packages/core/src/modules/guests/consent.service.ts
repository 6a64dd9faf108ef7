import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  CONSENT_CHANNELS,
  CONSENT_PURPOSES,
  type Consent,
  type ConsentInput,
  type WithdrawAllConsentInput,
} from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { authorize } from '../staff/authorize';
import { loadVisibleGuest } from './guest-access';
import { currentConsents } from './guest-view';
import { guestConsents } from './guests.tables';

/** A consent purpose (SEC-4). */
export type ConsentPurpose = Consent['purpose'];
/** A consent channel (MKT-6). */
export type ConsentChannel = Consent['channel'];

/** The wording version recorded when a guest withdraws everything without a versioned text. */
export const WITHDRAW_ALL_WORDING = 'withdraw-all';

type LedgerRow = Omit<typeof guestConsents.$inferInsert, 'id' | 'guestId' | 'at'>;

/**
 * Grants or withdraws one purpose on the given channels: one ledger row per channel, never an
 * update (the ledger is append-only; the latest row per purpose and channel wins). Returns the
 * guest's current consents.
 */
export async function setConsent(ctx: Ctx, guestId: string, input: ConsentInput): Promise<Consent[]> {
  authorize(ctx, 'guests.manage');
  const rows = [...new Set(input.channels)].map((channel) => ({
    purpose: input.purpose,
    channel,
    granted: input.granted,
    source: input.source,
    wordingVersion: input.wordingVersion,
  }));
  return appendConsents(ctx, guestId, rows);
}

/**
 * Withdraws every purpose on every channel in one call (the guest's "stop everything"),
 * whatever was granted before. Returns the guest's current consents (all withdrawn).
 */
export async function withdrawAllConsent(
  ctx: Ctx,
  guestId: string,
  input: WithdrawAllConsentInput,
): Promise<Consent[]> {
  authorize(ctx, 'guests.manage');
  const rows = CONSENT_PURPOSES.flatMap((purpose) =>
    CONSENT_CHANNELS.map((channel) => ({
      purpose,
      channel,
      granted: false,
      source: input.source,
      wordingVersion: input.wordingVersion ?? WITHDRAW_ALL_WORDING,
    })),
  );
  return appendConsents(ctx, guestId, rows);
}

async function appendConsents(ctx: Ctx, guestId: string, rows: LedgerRow[]): Promise<Consent[]> {
  const guest = await loadVisibleGuest(ctx, guestId);
  if (guest.status !== 'active')
    throw new AppError('guest_not_active', `Guest ${guestId} is ${guest.status}`);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await tx
      .insert(guestConsents)
      .values(rows.map((row) => ({ ...row, id: newId('cns', now.getTime()), guestId, at: now })));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: 'guest.consent',
        entityType: 'guest',
        entityIds: [guestId],
        details: {
          changes: rows.map((r) => ({ purpose: r.purpose, channel: r.channel, granted: r.granted })),
          source: rows[0]?.source ?? null,
        },
      },
    );
  });
  return currentConsents(ctx, guestId);
}

/**
 * True when the guest's latest ledger row for the purpose and channel grants it; no row means
 * no consent. For senders (marketing, journeys) deciding whether they may contact the guest.
 */
export async function hasConsent(
  ctx: Ctx,
  guestId: string,
  purpose: ConsentPurpose,
  channel: ConsentChannel,
): Promise<boolean> {
  authorize(ctx, 'guests.read');
  const [latest] = await ctx.db
    .select({ granted: guestConsents.granted })
    .from(guestConsents)
    .where(
      and(
        eq(guestConsents.guestId, guestId),
        eq(guestConsents.purpose, purpose),
        eq(guestConsents.channel, channel),
      ),
    )
    .orderBy(desc(guestConsents.at), desc(guestConsents.id))
    .limit(1);
  return latest?.granted ?? false;
}

const CHUNK = 5000;

/**
 * The subset of `guestIds` whose latest ledger row for the purpose and channel grants it (set-
 * based, in chunks of 5,000 ids), in id order. For audience building before a send.
 */
export async function guestsWithConsent(
  ctx: Ctx,
  guestIds: readonly string[],
  purpose: ConsentPurpose,
  channel: ConsentChannel,
): Promise<string[]> {
  authorize(ctx, 'guests.read');
  const ids = [...new Set(guestIds)];
  const granted: string[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const latest = await ctx.db
      .selectDistinctOn([guestConsents.guestId], {
        guestId: guestConsents.guestId,
        granted: guestConsents.granted,
      })
      .from(guestConsents)
      .where(
        and(
          inArray(guestConsents.guestId, ids.slice(i, i + CHUNK)),
          eq(guestConsents.purpose, purpose),
          eq(guestConsents.channel, channel),
        ),
      )
      .orderBy(asc(guestConsents.guestId), desc(guestConsents.at), desc(guestConsents.id));
    for (const row of latest) if (row.granted) granted.push(row.guestId);
  }
  return granted.sort();
}
