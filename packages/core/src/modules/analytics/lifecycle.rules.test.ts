import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideLifecycleStage,
  DEFAULT_LIFECYCLE_CONFIG,
  expectedGap,
  LIFECYCLE_RULES,
  type LifecycleFacts,
  type LifecycleStage,
} from './lifecycle.rules';

// Published CDNOW estimates (FHL 2005), time in weeks.
const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

const HEALTH: Record<LifecycleStage, number> = {
  prospect: 2,
  new: 2,
  active: 2,
  won_back: 2,
  loyal: 3,
  at_risk: 1,
  lapsed: 0,
};

const facts = (f: Partial<LifecycleFacts>): LifecycleFacts => ({
  x: 2,
  expectedGap: 5,
  sinceLast: 1,
  overdue: 0.2,
  pAlive: 0.9,
  previousStage: undefined,
  ...f,
});

const stageOf = (f: LifecycleFacts) =>
  LIFECYCLE_RULES.find((r) => r.applies(f, DEFAULT_LIFECYCLE_CONFIG))?.stage;

describe('LIFECYCLE_RULES with the default thresholds', () => {
  it.each<{ name: string; f: Partial<LifecycleFacts>; stage: LifecycleStage }>([
    { name: 'a regular on rhythm is active', f: {}, stage: 'active' },
    { name: 'four expected gaps of silence is lapsed', f: { overdue: 4 }, stage: 'lapsed' },
    {
      name: 'P(alive) below 0.2 is lapsed however recent',
      f: { overdue: 0.1, pAlive: 0.19 },
      stage: 'lapsed',
    },
    { name: 'two expected gaps of silence is at risk', f: { overdue: 2 }, stage: 'at_risk' },
    { name: 'just under two gaps is still active', f: { overdue: 1.99 }, stage: 'active' },
    { name: 'P(alive) below 0.5 is at risk', f: { pAlive: 0.49 }, stage: 'at_risk' },
    { name: 'a one-time guest within two gaps is new', f: { x: 0, pAlive: 1, overdue: 1.5 }, stage: 'new' },
    {
      name: 'a one-time guest past two gaps is at risk',
      f: { x: 0, pAlive: 1, overdue: 2.5 },
      stage: 'at_risk',
    },
    { name: 'four repeats and P(alive) 0.7 is loyal', f: { x: 4, pAlive: 0.7 }, stage: 'loyal' },
    { name: 'four repeats but P(alive) 0.69 is active', f: { x: 4, pAlive: 0.69 }, stage: 'active' },
    { name: 'three repeats is not yet loyal', f: { x: 3, pAlive: 0.95 }, stage: 'active' },
    { name: 'a healthy guest who was lapsed is won back', f: { previousStage: 'lapsed' }, stage: 'won_back' },
    { name: 'won back stays won back while healthy', f: { previousStage: 'won_back' }, stage: 'won_back' },
    { name: 'loyalty outranks won back', f: { x: 5, previousStage: 'lapsed' }, stage: 'loyal' },
    {
      name: 'a lapsed guest still silent stays lapsed',
      f: { overdue: 5, previousStage: 'lapsed' },
      stage: 'lapsed',
    },
    { name: 'an at-risk guest who returns is active', f: { previousStage: 'at_risk' }, stage: 'active' },
  ])('$name', ({ f, stage }) => {
    expect(stageOf(facts(f))).toBe(stage);
  });
});

describe('decideLifecycleStage', () => {
  it('calls a guest who never purchased a prospect', () => {
    expect(decideLifecycleStage(BG, undefined)).toEqual({
      stage: 'prospect',
      rule: 'never purchased',
      facts: undefined,
    });
  });

  it('measures silence in multiples of the guest’s own expected gap (α + t_x)/(r + x)', () => {
    const decision = decideLifecycleStage(BG, { x: 6, tx: 30, T: 31 });
    const gap = (4.414 + 30) / (0.243 + 6);
    expect(decision.stage).toBe('loyal');
    expect(decision.facts?.expectedGap).toBeCloseTo(gap, 12);
    expect(decision.facts?.overdue).toBeCloseTo(1 / gap, 12);
  });

  it.each<{ x: number; tx: number; T: number; previous?: LifecycleStage; stage: LifecycleStage }>([
    { x: 0, tx: 0, T: 2, stage: 'new' },
    { x: 0, tx: 0, T: 40, stage: 'at_risk' },
    { x: 0, tx: 0, T: 80, stage: 'lapsed' },
    { x: 2, tx: 30, T: 31, stage: 'active' },
    { x: 2, tx: 30, T: 31, previous: 'lapsed', stage: 'won_back' },
    { x: 6, tx: 30, T: 31, stage: 'loyal' },
    { x: 6, tx: 10, T: 38, stage: 'lapsed' },
  ])('puts x=$x t_x=$tx T=$T (previously $previous) in $stage', ({ x, tx, T, previous, stage }) => {
    expect(decideLifecycleStage(BG, { x, tx, T }, previous).stage).toBe(stage);
  });

  it('judges two guests with the same silence by their own rhythm', () => {
    const frequent = decideLifecycleStage(BG, { x: 20, tx: 30, T: 38 });
    const occasional = decideLifecycleStage(BG, { x: 1, tx: 30, T: 38 });
    expect(frequent.stage).toBe('lapsed');
    expect(occasional.stage).toBe('active');
  });

  it('rejects an impossible history', () => {
    expect(() => decideLifecycleStage(BG, { x: 1, tx: 5, T: 4 })).toThrow(RangeError);
    expect(() => decideLifecycleStage(BG, { x: 1.5, tx: 1, T: 4 })).toThrow(RangeError);
  });

  it('uses the population gap α/r for a guest without repeat visits', () => {
    expect(expectedGap(BG, 0, 0)).toBeCloseTo(4.414 / 0.243, 12);
  });
});

const arbitraryParams = fc.record({
  r: fc.double({ min: 0.05, max: 20, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 100, noNaN: true }),
  a: fc.double({ min: 0.01, max: 20, noNaN: true }),
  b: fc.double({ min: 0.01, max: 50, noNaN: true }),
});
const arbitraryStage = fc.option(
  fc.constantFrom<LifecycleStage>('new', 'active', 'loyal', 'at_risk', 'lapsed', 'won_back'),
  { nil: undefined },
);
const arbitraryHistory = fc
  .record({
    x: fc.integer({ min: 0, max: 60 }),
    tx: fc.double({ min: 0, max: 100, noNaN: true }),
    silence: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .map(({ x, tx, silence }) => ({ x, tx: x === 0 ? 0 : tx, T: (x === 0 ? 0 : tx) + silence }));

describe('lifecycle invariants', () => {
  it('gives every history exactly one stage, the first rule that applies', () => {
    fc.assert(
      fc.property(arbitraryParams, arbitraryHistory, arbitraryStage, (params, history, previous) => {
        const decision = decideLifecycleStage(params, history, previous);
        const matching = LIFECYCLE_RULES.filter(
          (r) => decision.facts && r.applies(decision.facts, DEFAULT_LIFECYCLE_CONFIG),
        );
        expect(matching.length).toBeGreaterThanOrEqual(1);
        expect(decision.stage).toBe(matching[0]?.stage);
      }),
    );
  });

  it('never makes a guest healthier as time passes without a visit', () => {
    fc.assert(
      fc.property(
        arbitraryParams,
        arbitraryHistory,
        arbitraryStage,
        fc.double({ min: 0, max: 100, noNaN: true }),
        (params, history, previous, wait) => {
          const now = decideLifecycleStage(params, history, previous);
          const later = decideLifecycleStage(params, { ...history, T: history.T + wait }, previous);
          expect(HEALTH[later.stage]).toBeLessThanOrEqual(HEALTH[now.stage]);
        },
      ),
    );
  });

  it('never makes a guest healthier when the last visit was earlier, T and x fixed', () => {
    fc.assert(
      fc.property(
        arbitraryParams,
        arbitraryHistory,
        arbitraryStage,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (params, history, previous, share) => {
          fc.pre(history.x > 0);
          const now = decideLifecycleStage(params, history, previous);
          const earlier = decideLifecycleStage(params, { ...history, tx: history.tx * share }, previous);
          expect(HEALTH[earlier.stage]).toBeLessThanOrEqual(HEALTH[now.stage]);
        },
      ),
    );
  });
});
