import { describe, expect, it } from 'vitest';
import { ACTIONS } from '@regulars/contracts';
import { anonymousActor, systemActor, type Actor } from '../../context';
import { actorMay, storeInScope, storeScope } from './authorize';

describe('authorize', () => {
  it('lets the caller of a public route take no protected action and see no store', () => {
    for (const action of ACTIONS) expect(actorMay(anonymousActor, action)).toBe(false);
    expect(storeInScope(anonymousActor, 'sto_1')).toBe(false);
    expect(storeScope(anonymousActor)).toEqual([]);
  });

  it('lets the system do anything, and an API key only its own actions and stores', () => {
    expect(ACTIONS.every((action) => actorMay(systemActor('job'), action))).toBe(true);
    const key: Actor = { kind: 'api_key', id: 'key_1', actions: ['org.read'], storeIds: ['sto_1'] };
    expect(ACTIONS.filter((action) => actorMay(key, action))).toEqual(['org.read']);
    expect(storeInScope(key, 'sto_1')).toBe(true);
    expect(storeInScope(key, 'sto_2')).toBe(false);
  });
});
