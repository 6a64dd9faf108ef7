import { describe, expect, it } from 'vitest';
import {
  createRandom,
  sampleBeta,
  sampleExponential,
  sampleGamma,
  sampleNormal,
  samplePoisson,
} from './random';

function moments(draw: () => number, n = 200_000): { mean: number; variance: number } {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    const v = draw();
    sum += v;
    sumSquares += v * v;
  }
  const mean = sum / n;
  return { mean, variance: sumSquares / n - mean * mean };
}

describe('createRandom', () => {
  it('repeats the same stream for the same seed and differs for another seed', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it('stays strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const random = createRandom(1);
    let min = 1;
    let max = 0;
    const m = moments(() => {
      const u = random();
      min = Math.min(min, u);
      max = Math.max(max, u);
      return u;
    });
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(m.mean).toBeCloseTo(0.5, 2);
    expect(m.variance).toBeCloseTo(1 / 12, 3);
  });
});

describe('samplers', () => {
  it.each([
    { name: 'normal', draw: (r: () => number) => sampleNormal(r), mean: 0, variance: 1 },
    {
      name: 'gamma shape 0.25 rate 4',
      draw: (r: () => number) => sampleGamma(r, 0.25, 4),
      mean: 0.0625,
      variance: 0.015625,
    },
    {
      name: 'gamma shape 6.25 rate 2',
      draw: (r: () => number) => sampleGamma(r, 6.25, 2),
      mean: 3.125,
      variance: 1.5625,
    },
    {
      name: 'beta(0.79, 2.43)',
      draw: (r: () => number) => sampleBeta(r, 0.79, 2.43),
      mean: 0.79 / 3.22,
      variance: (0.79 * 2.43) / (3.22 ** 2 * 4.22),
    },
    {
      name: 'beta(0.05, 0.05)',
      draw: (r: () => number) => sampleBeta(r, 0.05, 0.05),
      mean: 0.5,
      variance: 0.25 / 1.1,
    },
    {
      name: 'exponential rate 2',
      draw: (r: () => number) => sampleExponential(r, 2),
      mean: 0.5,
      variance: 0.25,
    },
    { name: 'poisson mean 3.5', draw: (r: () => number) => samplePoisson(r, 3.5), mean: 3.5, variance: 3.5 },
    { name: 'poisson mean 250', draw: (r: () => number) => samplePoisson(r, 250), mean: 250, variance: 250 },
  ])('$name has the right mean and variance', ({ draw, mean, variance }) => {
    const random = createRandom(2024);
    const m = moments(() => draw(random));
    expect(Math.abs(m.mean - mean)).toBeLessThan(0.02 * Math.max(1, Math.abs(mean)));
    expect(Math.abs(m.variance / variance - 1)).toBeLessThan(0.05);
  });

  it('keeps beta draws in [0, 1] even for tiny shapes', () => {
    const random = createRandom(3);
    for (let i = 0; i < 10_000; i++) {
      const p = sampleBeta(random, 0.01, 0.02);
      expect(p >= 0 && p <= 1).toBe(true);
    }
  });
});
