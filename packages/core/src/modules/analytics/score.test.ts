import { describe, expect, it } from 'vitest';
import { conditionalExpectedTransactions, pAlive } from './bgnbd';
import { customerLifetimeValue } from './clv';
import { conditionalExpectedAverageSpend } from './gamma-gamma';
import { scoreCustomers } from './score';

const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('scoreCustomers', () => {
  it('gives each customer the same scores as the single-customer functions, duplicates included', () => {
    const columns = {
      x: [0, 2, 2, 7, 0, 1],
      tx: [0, 30.43, 30.43, 29.4, 0, 1.7],
      T: [38.86, 38.86, 38.86, 38.86, 27, 38.86],
      zbar: [0, 22.35, 40, 73.7, 0, 11.77],
    };
    const scores = scoreCustomers(BG, GG, columns, { horizon: 39 });
    columns.x.forEach((x, i) => {
      const tx = columns.tx[i] ?? 0;
      const T = columns.T[i] ?? 0;
      const zbar = columns.zbar[i] ?? 0;
      expect(scores.pAlive[i]).toBeCloseTo(pAlive(BG, x, tx, T), 14);
      expect(scores.expectedTransactions[i]).toBeCloseTo(
        conditionalExpectedTransactions(BG, 39, x, tx, T),
        13,
      );
      expect(scores.expectedSpend[i]).toBeCloseTo(conditionalExpectedAverageSpend(GG, x, zbar), 12);
      expect(scores.clv[i]).toBeCloseTo(customerLifetimeValue(BG, GG, { x, tx, T, zbar }), 11);
    });
  });
});
