import type { Ctx } from '../../context';
import { findStoreBrand } from '../org';
import type { StoreFacts } from './prepare-order';

/** How long a store's brand and time zone are reused before being read again. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { facts: StoreFacts; at: number }>();

/**
 * The brand and time zone of a store (`store_not_found` when unknown), remembered for a minute
 * so that the per-order path does not read the store every time. A changed time zone applies to
 * orders ingested at most a minute later.
 */
export async function storeFacts(ctx: Ctx, storeId: string): Promise<StoreFacts> {
  const now = performance.now();
  const hit = cache.get(storeId);
  if (hit && now - hit.at < TTL_MS) return hit.facts;
  const facts = await findStoreBrand(ctx, storeId);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(storeId, { facts, at: now });
  return facts;
}
