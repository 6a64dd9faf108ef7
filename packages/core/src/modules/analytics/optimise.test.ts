import { describe, expect, it } from 'vitest';
import { minimiseNelderMead } from './nelder-mead';
import { minimise, minimiseBfgs, type Objective } from './optimise';

const rosenbrock: Objective = (x, g) => {
  const [a = 0, b = 0] = x;
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimiseBfgs', () => {
  it('finds the minimum of the Rosenbrock function from the classic start', () => {
    const result = minimiseBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it('stops on a bound when the minimum lies outside the box', () => {
    const result = minimiseBfgs(rosenbrock, [0, 0], { upper: [0.5, 10] });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBe(0.5);
    expect(result.x[1]).toBeCloseTo(0.25, 6);
  });

  it('reports failure instead of a point when the start is outside the domain', () => {
    const result = minimiseBfgs(() => NaN, [1]);
    expect(result.converged).toBe(false);
    expect(result.value).toBeNaN();
  });

  it('converges in fewer iterations from a good inverse Hessian', () => {
    const quadratic: Objective = (x, g) => {
      const [a = 0, b = 0] = x;
      g[0] = 2 * (a - 3);
      g[1] = 200 * (b + 1);
      return (a - 3) ** 2 + 100 * (b + 1) ** 2;
    };
    const cold = minimiseBfgs(quadratic, [0, 0]);
    const warm = minimiseBfgs(quadratic, [0, 0], { inverseHessian: Float64Array.of(0.5, 0, 0, 0.005) });
    expect(warm.iterations).toBeLessThan(cold.iterations);
    expect(warm.x[0]).toBeCloseTo(3, 9);
  });
});

describe('minimiseNelderMead', () => {
  it('minimises a function without a gradient, including a kink', () => {
    const result = minimiseNelderMead((x) => Math.abs((x[0] ?? 0) - 2) + ((x[1] ?? 0) + 1) ** 2, [0, 0]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 6);
    expect(result.x[1]).toBeCloseTo(-1, 6);
  });
});

describe('minimise', () => {
  it('falls back to Nelder–Mead when the gradient is useless and still finds the minimum', () => {
    const wrongGradient: Objective = (x, g) => {
      g.fill(0.5);
      return ((x[0] ?? 0) - 1) ** 2 + ((x[1] ?? 0) - 2) ** 2;
    };
    const result = minimise(wrongGradient, [5, 5]);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(2, 4);
  });
});
