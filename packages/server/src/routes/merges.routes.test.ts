import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@regulars/core/testing';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

describe.each(testBackends())('merges routes on %s', (backend) => {
  let t: TestApp;
  let agent: Session;
  let cashier: Session;
  let analyst: Session;

  beforeAll(async () => {
    t = await createTestApp(backend);
    agent = await t.signIn('service_agent');
    cashier = await t.signIn('cashier', [t.storeIds[0]!]);
    analyst = await t.signIn('analyst');
  });
  afterAll(() => t.close());

  const register = async (identities: Array<{ kind: string; value: string }>) => {
    const response = await t.call(agent, 'POST', '/api/guests', {
      identities,
      profile: {},
      channel: 'app',
      storeId: t.storeIds[0],
    });
    return response.json().id as string;
  };

  /** Two guests, then a registration carrying both their identities: one review entry. */
  const conflictingPair = async (n: string) => {
    const a = await register([{ kind: 'phone', value: `1360000${n}` }]);
    const b = await register([{ kind: 'email', value: `guest${n}@example.com` }]);
    await register([
      { kind: 'phone', value: `1360000${n}` },
      { kind: 'email', value: `guest${n}@example.com` },
    ]);
    return { a, b };
  };

  it('undoes a merge once, answers 409 the second time and 404 for an unknown merge', async () => {
    const a = await register([{ kind: 'phone', value: '13600000001' }]);
    const b = await register([{ kind: 'phone', value: '13600000002' }]);
    const merge = (await t.call(agent, 'POST', `/api/guests/${a}/merge`, { mergedId: b })).json();
    expect((await t.call(cashier, 'POST', `/api/merges/${merge.id}/undo`)).statusCode).toBe(403);
    const undone = await t.call(agent, 'POST', `/api/merges/${merge.id}/undo`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json().undoneAt).not.toBeNull();
    expect((await t.call(agent, 'GET', `/api/guests/${b}`)).json()).toMatchObject({
      status: 'active',
      mergedInto: null,
    });
    const again = await t.call(agent, 'POST', `/api/merges/${merge.id}/undo`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('merge_already_undone');
    expect((await t.call(agent, 'POST', '/api/merges/mrg_missing/undo')).statusCode).toBe(404);
  });

  it('lists the review queue with both guests masked, to merge reviewers only', async () => {
    const { a, b } = await conflictingPair('0003');
    const queue = await t.call(agent, 'GET', '/api/merge-candidates?limit=50');
    expect(queue.statusCode).toBe(200);
    const entry = queue
      .json()
      .items.find((e: { guestA: { id: string }; guestB: { id: string } }) =>
        [e.guestA.id, e.guestB.id].includes(a),
      );
    expect([entry.guestA.id, entry.guestB.id].sort()).toEqual([a, b].sort());
    expect(JSON.stringify(entry)).toContain('136****0003');
    expect(JSON.stringify(entry)).not.toContain('13600000003');
    expect((await t.call(agent, 'GET', '/api/merge-candidates?limit=500')).statusCode).toBe(400);
    expect((await t.call(analyst, 'GET', '/api/merge-candidates')).statusCode).toBe(403);
    expect((await t.call(cashier, 'GET', '/api/merge-candidates')).statusCode).toBe(403);
  });

  it('merges a reviewed pair through its entry, which leaves the queue', async () => {
    const { a, b } = await conflictingPair('0004');
    const queue = (await t.call(agent, 'GET', '/api/merge-candidates?limit=50')).json();
    const entry = queue.items.find((e: { guestA: { id: string } }) => [a, b].includes(e.guestA.id));
    const merge = await t.call(agent, 'POST', `/api/guests/${a}/merge`, {
      mergedId: b,
      candidateId: entry.id,
    });
    expect(merge.statusCode).toBe(200);
    expect(merge.json().reason).toBe('merge review');
    const after = (await t.call(agent, 'GET', '/api/merge-candidates?limit=50')).json();
    expect(after.items.map((e: { id: string }) => e.id)).not.toContain(entry.id);
  });

  it('dismisses an entry with 204, answers 409 when already decided, 404 when unknown, 403 to a cashier', async () => {
    const { a } = await conflictingPair('0005');
    const queue = (await t.call(agent, 'GET', '/api/merge-candidates?limit=50')).json();
    const entry = queue.items.find((e: { guestA: { id: string }; guestB: { id: string } }) =>
      [e.guestA.id, e.guestB.id].includes(a),
    );
    expect((await t.call(cashier, 'POST', `/api/merge-candidates/${entry.id}/dismiss`)).statusCode).toBe(403);
    const dismissed = await t.call(agent, 'POST', `/api/merge-candidates/${entry.id}/dismiss`);
    expect(dismissed.statusCode).toBe(204);
    expect((await t.call(agent, 'POST', `/api/merge-candidates/${entry.id}/dismiss`)).statusCode).toBe(409);
    expect((await t.call(agent, 'POST', '/api/merge-candidates/mgc_missing/dismiss')).statusCode).toBe(404);
  });
});
