/**
 * Deterministic pseudo-random numbers and the samplers the synthetic generator needs:
 * xoshiro128** (Blackman & Vigna 2018) seeded through splitmix32, Box–Muller normals,
 * Marsaglia–Tsang (2000) gammas, betas from log-gammas, exponentials and Poissons.
 */

/** A uniform generator on the open interval (0, 1). */
export type Random = () => number;

/** xoshiro128** from a 32-bit seed; the same seed always gives the same stream. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const splitmix = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  return () => {
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return (result + 0.5) / 4294967296;
  };
}

/** A standard normal deviate (Box–Muller). */
export function sampleNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** ln of a Gamma(shape, 1) deviate; stays finite for tiny shapes where the deviate underflows. */
export function sampleLogGamma(random: Random, shape: number): number {
  if (!(shape > 0)) return NaN;
  if (shape < 1) return sampleLogGamma(random, shape + 1) + Math.log(random()) / shape; // Marsaglia & Tsang §6
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleNormal(random);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
      return Math.log(d * v);
    }
  }
}

/** A Gamma(shape, rate) deviate, mean shape/rate. */
export function sampleGamma(random: Random, shape: number, rate = 1): number {
  return Math.exp(sampleLogGamma(random, shape)) / rate;
}

/** A Beta(a, b) deviate, computed from log-gammas so small a, b do not give 0/0. */
export function sampleBeta(random: Random, a: number, b: number): number {
  return 1 / (1 + Math.exp(sampleLogGamma(random, b) - sampleLogGamma(random, a)));
}

/** An Exponential(rate) deviate, mean 1/rate; +∞ when rate is 0. */
export function sampleExponential(random: Random, rate: number): number {
  return -Math.log(random()) / rate;
}

/** A Poisson(mean) deviate by inversion; means above 30 are split into two halves (sum of Poissons). */
export function samplePoisson(random: Random, mean: number): number {
  if (!(mean >= 0)) return NaN;
  if (mean > 30) {
    // Split into halves: Poisson(m) = Poisson(m/2) + Poisson(m/2); depth log2(mean/30).
    const half = mean / 2;
    return samplePoisson(random, half) + samplePoisson(random, half);
  }
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  const u = random();
  while (u > cumulative && p > 0) {
    k++;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}
