import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pAlive, probabilityOfTransactions } from './bgnbd';
import { probabilityOfNoVisit, scoreChurnRisk } from './churn';
import { generateSyntheticCustomers } from './synthetic';

// Published CDNOW estimates (FHL 2005), time in weeks.
const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('scoreChurnRisk', () => {
  it.each([
    {
      name: 'a repeat guest, in weeks',
      history: { x: 3, tx: 20, T: 26 },
      sentence: 'visits about every 53 days; not seen for 42 days; P(alive) 0.73',
    },
    {
      name: 'a one-time guest, against the population rhythm',
      history: { x: 0, tx: 0, T: 5 },
      sentence: 'one visit so far, 35 days ago; guests like this return about every 127 days; P(alive) 1.00',
    },
  ])('explains $name in one sentence', ({ history, sentence }) => {
    expect(scoreChurnRisk(BG, history).sentence).toBe(sentence);
  });

  it('keeps the structured reason in days: gap (α + t_x)/(r + x), silence T − t_x, P(alive)', () => {
    const { reason } = scoreChurnRisk(BG, { x: 3, tx: 20, T: 26 });
    expect(reason.gapDays).toBeCloseTo((7 * (4.414 + 20)) / 3.243, 10);
    expect(reason.daysSinceLast).toBeCloseTo(42, 10);
    expect(reason.pAlive).toBeCloseTo(pAlive(BG, 3, 20, 26), 14);
    expect(reason.visits).toBe(4);
  });

  it('gives the same risk and reason for the same history in days, with α in days', () => {
    const weeks = scoreChurnRisk(BG, { x: 3, tx: 20, T: 26 });
    const days = scoreChurnRisk({ ...BG, alpha: BG.alpha * 7 }, { x: 3, tx: 140, T: 182 }, { unit: 'day' });
    expect(days.risk).toBeCloseTo(weeks.risk, 12);
    expect(days.reason.gapDays).toBeCloseTo(weeks.reason.gapDays, 10);
    expect(days.sentence).toBe(weeks.sentence);
  });

  it('equals P(X(t) = 0) of FHL 2005 eq. 8 for a guest seen only today', () => {
    for (const t of [1, 13, 39]) {
      expect(probabilityOfNoVisit(BG, { x: 0, tx: 0, T: 0 }, t)).toBeCloseTo(
        probabilityOfTransactions(BG, t, 0),
        12,
      );
    }
  });

  it('matches the share of simulated guests without a holdout visit', () => {
    const data = generateSyntheticCustomers({
      customers: 20_000,
      seed: 7,
      bgNbd: BG,
      T: [26, 39],
      holdout: 13,
    });
    let predicted = 0;
    let actual = 0;
    for (let i = 0; i < data.x.length; i++) {
      const history = { x: data.x[i] ?? 0, tx: data.tx[i] ?? 0, T: data.T[i] ?? 0 };
      predicted += probabilityOfNoVisit(BG, history, 13);
      if (data.xHoldout[i] === 0) actual++;
    }
    expect(predicted / data.x.length).toBeCloseTo(actual / data.x.length, 2);
  });

  it('stays in [0, 1], is at least 1 − P(alive) and rises as the last visit recedes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, tx0, silence, share) => {
          const tx = x === 0 ? 0 : tx0;
          const history = { x, tx, T: tx + silence };
          const { risk, reason } = scoreChurnRisk(BG, history);
          expect(risk).toBeGreaterThanOrEqual(0);
          expect(risk).toBeLessThanOrEqual(1);
          expect(risk).toBeGreaterThanOrEqual(1 - reason.pAlive - 1e-12);
          expect(scoreChurnRisk(BG, { ...history, tx: tx * share }).risk).toBeGreaterThanOrEqual(
            risk - 1e-12,
          );
        },
      ),
    );
  });
});
