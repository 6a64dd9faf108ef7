import type { Action } from '@regulars/contracts';
import type { Actor, Ctx } from '../../context';
import { AppError } from '../../errors';
import { roleAllows } from './permissions';

/** The actions an actor may take, for the console to hide what it may not use. */
export function allowedActions(actor: Actor, all: readonly Action[]): Action[] {
  return all.filter((action) => actorMay(actor, action));
}

/** True when the actor may take the action (ignoring store scope). */
export function actorMay(actor: Actor, action: Action): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  if (actor.kind === 'api_key') return actor.actions.includes(action);
  return roleAllows(actor.role, action);
}

/**
 * The first line of every use case: throws `forbidden` unless the actor may take the action,
 * and, when `storeId` is given, may act on that store.
 */
export function authorize(ctx: Ctx, action: Action, scope?: { storeId?: string | null }): void {
  if (!actorMay(ctx.actor, action)) {
    throw new AppError('forbidden', `Not allowed: ${action}`, { action });
  }
  if (scope?.storeId && !storeInScope(ctx.actor, scope.storeId)) {
    throw new AppError('forbidden', 'Not allowed for this store', { action, storeId: scope.storeId });
  }
}

/** True when the actor's store scope covers the store (null scope means every store). */
export function storeInScope(actor: Actor, storeId: string): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return actor.storeIds === null || actor.storeIds.includes(storeId);
}

/** The store ids an actor is limited to, or null for every store. */
export function storeScope(actor: Actor): string[] | null {
  if (actor.kind === 'system') return null;
  return actor.kind === 'anonymous' ? [] : actor.storeIds;
}
