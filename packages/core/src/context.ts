import type { Action, Role } from '@regulars/contracts';
import type { Clock } from './clock';
import type { Config } from './config';
import type { CopyRows, Db } from './db/client';
import type { Keyring } from './crypto/field-crypto';
import type { Logger } from './log';

/** Who is acting: a signed-in staff member, an integration key, or the system itself. */
export type Actor =
  | { kind: 'staff'; id: string; role: Role; storeIds: string[] | null; sessionId?: string }
  | { kind: 'api_key'; id: string; actions: Action[]; storeIds: string[] | null }
  | { kind: 'system'; id: null; reason: string }
  | { kind: 'anonymous'; id: null };

/** Everything a use case needs: built once at start-up, extended per request with the actor. */
export type Ctx = {
  db: Db;
  config: Config;
  clock: Clock;
  log: Logger;
  /** 32-byte key material derived from the configured secret. */
  secret: Buffer;
  /** Keys for personal fields and blind indexes, derived from `secret`. */
  keyring: Keyring;
  /** COPY into a table, for bulk paths (imports). */
  copyRows: CopyRows;
  actor: Actor;
  requestId?: string;
};

/** The same context acting as someone else (e.g. the authenticated request's actor). */
export function withActor(ctx: Ctx, actor: Actor, requestId?: string): Ctx {
  return { ...ctx, actor, requestId: requestId ?? ctx.requestId };
}

/** The caller of a public route: may take no protected action. */
export const anonymousActor: Actor = { kind: 'anonymous', id: null };

/** A system actor for CLI commands, start-up and jobs. */
export function systemActor(reason: string): Actor {
  return { kind: 'system', id: null, reason };
}
