import type { Staff } from '@regulars/contracts';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';

/** What a request needs to know about its session, kept briefly in memory. */
export type CachedSession = {
  actor: Extract<Actor, { kind: 'staff' }>;
  mustChangePassword: boolean;
  account: Staff;
  csrfToken: string;
  sessionId: string;
  staffId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  cachedAt: number;
};

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const caches = new WeakMap<Db, Map<string, CachedSession>>();

/**
 * A per-database cache of live sessions, so an authenticated request costs no query most of
 * the time. Entries live 5 s; revocation in this process drops them at once, and other
 * processes (PostgreSQL deployments) see a revocation within 5 s.
 */
export function sessionCache(db: Db): {
  get: (tokenHash: string, now: number) => CachedSession | undefined;
  set: (tokenHash: string, entry: CachedSession) => void;
  drop: (predicate: (entry: CachedSession) => boolean) => void;
} {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const map = cache;
  return {
    get: (tokenHash, now) => {
      const entry = map.get(tokenHash);
      if (entry && now - entry.cachedAt < TTL_MS) return entry;
      if (entry) map.delete(tokenHash);
      return undefined;
    },
    set: (tokenHash, entry) => {
      if (map.size >= MAX_ENTRIES) map.clear();
      map.set(tokenHash, entry);
    },
    drop: (predicate) => {
      for (const [key, entry] of map) if (predicate(entry)) map.delete(key);
    },
  };
}
