import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testBackends, type TestContext } from '../../../test';
import { ackEvents, publishEvent, readEvents } from './events.service';

describe.each(testBackends())('outbox on %s', (backend) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(backend);
  });
  afterAll(() => t.close());

  it('hands each consumer the events after its cursor, in order, until acknowledged', async () => {
    const first = await t.ctx.db.transaction((tx) =>
      publishEvent({ ...t.ctx, db: tx }, 'test.one', 'e1', { n: 1 }),
    );
    const second = await publishEvent(t.ctx, 'test.two', 'e2', { n: 2 });
    expect(second).toBeGreaterThan(first);
    const read = await readEvents(t.ctx, 'points', 10);
    expect(read.map((e) => [e.topic, e.entityId, e.payload])).toEqual([
      ['test.one', 'e1', { n: 1 }],
      ['test.two', 'e2', { n: 2 }],
    ]);
    expect(await readEvents(t.ctx, 'points', 10)).toHaveLength(2);
    await ackEvents(t.ctx, 'points', first);
    expect((await readEvents(t.ctx, 'points', 10)).map((e) => e.seq)).toEqual([second]);
    await ackEvents(t.ctx, 'points', second);
    await ackEvents(t.ctx, 'points', first);
    expect(await readEvents(t.ctx, 'points', 10)).toEqual([]);
    expect(await readEvents(t.ctx, 'journeys', 1)).toHaveLength(1);
  });

  it('publishes nothing when the change rolls back', async () => {
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await publishEvent({ ...t.ctx, db: tx }, 'test.gone', 'e3', {});
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await readEvents(t.ctx, 'audit-consumer', 100)).some((e) => e.topic === 'test.gone')).toBe(false);
  });
});
