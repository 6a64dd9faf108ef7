import type { BgNbdParams, GammaGammaParams } from './analytics.types';
import { createRandom, sampleBeta, sampleExponential, sampleGamma } from './random';

/**
 * Seeded synthetic customers drawn from known BG/NBD and Gamma-Gamma parameters, for
 * parameter-recovery tests and benchmarks. Simulates the BG/NBD story exactly (FHL 2005 §2):
 * Poisson purchases at rate λ ~ Gamma(r, α); after each repeat purchase the customer drops
 * out with probability p ~ Beta(a, b). Spend per purchase ~ Gamma(p_s, ν), ν ~ Gamma(q, γ).
 */

/**
 * Size, seed, true parameters, observation length T (fixed or uniform range) and holdout length.
 * `timeStep` floors t_x and T to a grid (1/7 for days in weeks), as dates in real data are; it
 * makes many histories identical, like real data, at the price of a tiny bias against the model.
 */
export type SyntheticOptions = {
  customers: number;
  seed: number;
  bgNbd: BgNbdParams;
  gammaGamma?: GammaGammaParams;
  T: number | readonly [number, number];
  holdout?: number;
  timeStep?: number;
};

/** Summary columns of the simulated customers plus the hidden truth (alive at T). */
export type SyntheticCustomers = {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  zbar: Float64Array;
  xHoldout: Float64Array;
  aliveAtT: Uint8Array;
};

/** Draws `customers` histories; deterministic for a given seed. b = +∞ means nobody drops out. */
export function generateSyntheticCustomers(options: SyntheticOptions): SyntheticCustomers {
  const { customers: n, bgNbd, gammaGamma } = options;
  const random = createRandom(options.seed);
  const holdout = options.holdout ?? 0;
  const [tMin, tMax] = typeof options.T === 'number' ? [options.T, options.T] : options.T;
  const step = options.timeStep ?? 0;
  const snap = (t: number) => (step > 0 ? Math.floor(t / step) * step : t);
  const out: SyntheticCustomers = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    zbar: new Float64Array(n),
    xHoldout: new Float64Array(n),
    aliveAtT: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const T = tMin + (tMax - tMin) * random();
    const lambda = sampleGamma(random, bgNbd.r, bgNbd.alpha);
    const dropout = Number.isFinite(bgNbd.b) ? sampleBeta(random, bgNbd.a, bgNbd.b) : 0;
    let t = 0;
    let x = 0;
    let tx = 0;
    let xHoldout = 0;
    let deathTime = Infinity;
    for (;;) {
      t += sampleExponential(random, lambda);
      if (!(t <= T + holdout)) break;
      if (t <= T) {
        x++;
        tx = t;
      } else xHoldout++;
      if (random() < dropout) {
        deathTime = t;
        break;
      }
    }
    out.x[i] = x;
    out.tx[i] = snap(tx);
    out.T[i] = snap(T);
    out.xHoldout[i] = xHoldout;
    out.aliveAtT[i] = deathTime > T ? 1 : 0;
    if (gammaGamma && x > 0) {
      const nu = sampleGamma(random, gammaGamma.q, gammaGamma.gamma);
      out.zbar[i] = sampleGamma(random, gammaGamma.p * x, nu) / x; // Σ of x Gamma(p, ν) is Gamma(px, ν)
    }
  }
  return out;
}
