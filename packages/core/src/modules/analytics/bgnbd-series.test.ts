import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedTransactionsSeries, expectedTransactionsSeriesInto } from './bgnbd-series';

/** The textbook form C/(a−1)·[1 − (A/(A+t))^R · 2F1(R, B; C; z)] with a plain 2F1 series, for moderate inputs. */
function textbook(R: number, A: number, a: number, B: number, t: number): number {
  const C = a + B - 1;
  const z = t / (A + t);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000 && Math.abs(term) > 1e-18 * Math.abs(sum); n++) {
    term *= ((R + n) * (B + n) * z) / ((C + n) * (n + 1));
    sum += term;
  }
  return (C / (a - 1)) * (1 - Math.pow(A / (A + t), R) * sum);
}

const moderate = fc.record({
  R: fc.double({ min: 0.05, max: 6, noNaN: true }),
  A: fc.double({ min: 0.5, max: 100, noNaN: true }),
  a: fc.double({ min: 0.1, max: 5, noNaN: true }),
  B: fc.double({ min: 0.3, max: 20, noNaN: true }),
  t: fc.double({ min: 1e-3, max: 60, noNaN: true }),
});

describe('expectedTransactionsSeries', () => {
  it('agrees with the textbook hypergeometric formula where that formula is well conditioned', () => {
    fc.assert(
      fc.property(moderate, ({ R, A, a, B, t }) => {
        fc.pre(Math.abs(a - 1) > 0.05 && t / (A + t) < 0.8);
        const stable = expectedTransactionsSeries(R, A, a, B, t);
        // The textbook form subtracts two nearly equal numbers when t ≪ α, so it loses a few digits.
        expect(Math.abs(stable / textbook(R, A, a, B, t) - 1)).toBeLessThan(1e-7);
      }),
    );
  });

  it('is continuous through a = 1, where the textbook form divides by zero', () => {
    const at = (a: number) => expectedTransactionsSeries(1.5, 40, a, 3, 52);
    expect(at(1)).toBeGreaterThan(0);
    expect(Math.abs(at(1 + 1e-9) / at(1) - 1)).toBeLessThan(1e-8);
    expect(Math.abs(at(1 - 1e-9) / at(1) - 1)).toBeLessThan(1e-8);
  });

  it('tends to the NBD mean R·t/A as b grows and equals it at b = ∞', () => {
    expect(expectedTransactionsSeries(0.5, 10, 0.8, Infinity, 30)).toBe(1.5);
    expect(Math.abs(expectedTransactionsSeries(0.5, 10, 0.8, 1e12, 30) / 1.5 - 1)).toBeLessThan(1e-9);
  });

  it('stays finite and positive for x in the thousands and a 50-year horizon', () => {
    expect(expectedTransactionsSeries(2000.24, 43.3, 0.79, 2002.4, 39)).toBeGreaterThan(0);
    expect(Number.isFinite(expectedTransactionsSeries(5.24, 43.3, 0.79, 7.4, 2600))).toBe(true);
    expect(Number.isFinite(expectedTransactionsSeries(50_000, 1e4, 3, 40_000, 1e5))).toBe(true);
  });

  it('gives every horizon of a batch the same value as a single-horizon call', () => {
    fc.assert(
      fc.property(
        moderate,
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { maxLength: 14 }),
        (p, ts) => {
          const out = new Float64Array(ts.length);
          expectedTransactionsSeriesInto(p.R, p.A, p.a, p.B, ts, out);
          ts.forEach((t, i) => {
            const single = expectedTransactionsSeries(p.R, p.A, p.a, p.B, t);
            expect(Math.abs((out[i] ?? NaN) - single)).toBeLessThanOrEqual(1e-13 * single + 1e-300);
          });
        },
      ),
    );
  });

  it('is zero at t = 0 and NaN for a negative horizon or parameter', () => {
    expect(expectedTransactionsSeries(1, 1, 1, 1, 0)).toBe(0);
    expect(expectedTransactionsSeries(1, 1, 1, 1, -1)).toBeNaN();
    expect(expectedTransactionsSeries(-1, 1, 1, 1, 1)).toBeNaN();
  });
});
