import { describe, expect, it } from 'vitest';
import { conditionalExpectedTransactions, fitBgNbd, pAlive } from './bgnbd';
import { fitGammaGamma } from './gamma-gamma';
import { generateSyntheticCustomers } from './synthetic';

// CDNOW-like truth; 50,000 customers observed for 0.5–1.5 years (weeks) with a 39-week holdout.
const TRUTH = {
  bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
};
const data = generateSyntheticCustomers({
  customers: 50_000,
  seed: 20050401,
  ...TRUTH,
  T: [26, 78],
  holdout: 39,
});

describe('synthetic data', () => {
  it('are identical for the same seed', () => {
    const again = generateSyntheticCustomers({
      customers: 1000,
      seed: 20050401,
      ...TRUTH,
      T: [26, 78],
      holdout: 39,
    });
    expect(Array.from(again.tx)).toEqual(Array.from(data.tx.slice(0, 1000)));
  });

  it('are valid histories: 0 ≤ t_x ≤ T, t_x = 0 when x = 0, zbar > 0 exactly when x > 0', () => {
    let invalid = 0;
    for (let i = 0; i < data.x.length; i++) {
      const x = data.x[i] ?? 0;
      const tx = data.tx[i] ?? 0;
      const ok =
        tx >= 0 && tx <= (data.T[i] ?? 0) && (x > 0 || tx === 0) && (data.zbar[i] ?? 0) > 0 === x > 0;
      if (!ok) invalid++;
    }
    expect(invalid).toBe(0);
  });
});

describe('parameter recovery from 50,000 synthetic customers', () => {
  it('recovers the BG/NBD parameters (r, α within 5 %, a, b within 15 %)', () => {
    const fit = fitBgNbd(data);
    expect(fit.converged).toBe(true);
    const { r, alpha, a, b } = TRUTH.bgNbd;
    expect(Math.abs(fit.params.r / r - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.params.alpha / alpha - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.params.a / a - 1)).toBeLessThan(0.15);
    expect(Math.abs(fit.params.b / b - 1)).toBeLessThan(0.15);
  });

  it('recovers the Gamma-Gamma parameters within 10 %', () => {
    const fit = fitGammaGamma(data);
    expect(fit.converged).toBe(true);
    const { p, q, gamma } = TRUTH.gammaGamma;
    expect(Math.abs(fit.params.p / p - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.q / q - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.gamma / gamma - 1)).toBeLessThan(0.1);
  });

  it('forecasts the holdout total within 2 % and P(alive) is calibrated against the hidden truth', () => {
    let expected = 0;
    let actual = 0;
    let predictedAlive = 0;
    let actuallyAlive = 0;
    for (let i = 0; i < data.x.length; i++) {
      const [x, tx, T] = [data.x[i] ?? 0, data.tx[i] ?? 0, data.T[i] ?? 0];
      expected += conditionalExpectedTransactions(TRUTH.bgNbd, 39, x, tx, T);
      actual += data.xHoldout[i] ?? 0;
      predictedAlive += pAlive(TRUTH.bgNbd, x, tx, T);
      actuallyAlive += data.aliveAtT[i] ?? 0;
    }
    expect(Math.abs(expected / actual - 1)).toBeLessThan(0.02);
    expect(Math.abs(predictedAlive / actuallyAlive - 1)).toBeLessThan(0.02);
  });

  it('fits data without drop-out as (almost) no drop-out, with NBD-like finite predictions', () => {
    const nbd = generateSyntheticCustomers({
      customers: 20_000,
      seed: 5,
      bgNbd: { r: 0.5, alpha: 10, a: 1, b: Infinity },
      T: 52,
    });
    const fit = fitBgNbd(nbd);
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.params.r / 0.5 - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.alpha / 10 - 1)).toBeLessThan(0.1);
    expect(fit.params.a / (fit.params.a + fit.params.b)).toBeLessThan(0.01); // mean drop-out probability
    const prediction = conditionalExpectedTransactions(fit.params, 52, 3, 40, 52);
    const nbdPrediction = ((fit.params.r + 3) * 52) / (fit.params.alpha + 52);
    expect(Math.abs(prediction / nbdPrediction - 1)).toBeLessThan(0.02);
  });
});
