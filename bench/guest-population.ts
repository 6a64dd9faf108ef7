import { sql } from 'drizzle-orm';
import {
  createAppContext,
  createBrand,
  createStore,
  identityIndex,
  loadConfig,
  maskIdentity,
  nameIndex,
  newId,
  seal,
  type Ctx,
} from '@regulars/core';

/** A database filled for the guests-and-orders bench: its brand, stores and how to find guests. */
export type Population = {
  brandId: string;
  storeIds: string[];
  guests: number;
  phoneOf: (i: number) => string;
};

const CHUNK = 100_000;

/** The phone of the i-th bench guest: `+8613` and nine digits. */
export function benchPhone(i: number): string {
  return `+8613${String(i).padStart(9, '0')}`;
}

/**
 * Creates a brand with four stores through the use cases, then `count` guests with an encrypted
 * name and an encrypted, blind-indexed phone each, loaded with COPY in chunks (the same rows the
 * product writes; figures and orders start empty). `secret` must be the server's REGULARS_SECRET.
 */
export async function populateGuests(
  target: { dataDir: string; databaseUrl?: string; secret: string },
  count: number,
  log: (line: string) => void,
): Promise<Population> {
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    REGULARS_DATA_DIR: target.dataDir,
    REGULARS_SECRET: target.secret,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
  });
  const app = await createAppContext(config);
  try {
    const ctx = app.ctx;
    const brand = await createBrand(ctx, { name: 'Bench Pizza', currency: 'CNY' });
    const storeIds: string[] = [];
    for (let s = 1; s <= 4; s++) {
      const store = await createStore(ctx, {
        brandId: brand.id,
        code: `B${s}`,
        name: `Bench ${s}`,
        line: 'pizza',
        city: '上海',
        districtType: 'business',
        timezone: 'Asia/Shanghai',
      });
      storeIds.push(store.id);
    }
    for (let from = 0; from < count; from += CHUNK) {
      await copyChunk(ctx, brand.id, storeIds, from, Math.min(count, from + CHUNK));
      log(`  guests: ${Math.min(count, from + CHUNK).toLocaleString('en')} of ${count.toLocaleString('en')}`);
    }
    await ctx.db.execute(sql`analyze guests`);
    await ctx.db.execute(sql`analyze guest_identities`);
    return { brandId: brand.id, storeIds, guests: count, phoneOf: benchPhone };
  } finally {
    await app.close();
  }
}

async function copyChunk(
  ctx: Ctx,
  brandId: string,
  storeIds: string[],
  from: number,
  to: number,
): Promise<void> {
  const now = new Date().toISOString();
  const guestRows: string[] = [];
  const identityRows: string[] = [];
  for (let i = from; i < to; i++) {
    const id = newId('gst');
    const name = `客人${i}`;
    const phone = benchPhone(i);
    guestRows.push(
      [
        id,
        brandId,
        seal(ctx.keyring, 'name', name),
        nameIndex(ctx.keyring, name),
        'pos',
        storeIds[i % storeIds.length],
        now,
        now,
      ].join(','),
    );
    identityRows.push(
      [
        newId('gid'),
        brandId,
        id,
        'phone',
        '""',
        identityIndex(ctx.keyring, 'phone', '', phone),
        seal(ctx.keyring, 'identity', phone),
        maskIdentity('phone', phone),
        'pos',
        now,
      ].join(','),
    );
  }
  await ctx.copyRows(
    'guests',
    [
      'id',
      'brand_id',
      'name_enc',
      'name_index',
      'source_channel',
      'home_store_id',
      'created_at',
      'updated_at',
    ],
    `${guestRows.join('\n')}\n`,
  );
  await ctx.copyRows(
    'guest_identities',
    [
      'id',
      'brand_id',
      'guest_id',
      'kind',
      'namespace',
      'value_index',
      'value_enc',
      'masked',
      'source',
      'collected_at',
    ],
    `${identityRows.join('\n')}\n`,
  );
}
