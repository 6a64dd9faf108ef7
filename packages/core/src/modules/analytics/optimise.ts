import { minimiseNelderMead } from './nelder-mead';

/**
 * A small box-constrained minimiser: BFGS with a projected backtracking (Armijo) line search
 * (Nocedal & Wright 2006, Algorithm 6.1 and eq. 6.17/6.20), with a Nelder–Mead fallback.
 */

/** Objective returning f(x) and writing ∂f/∂x into `gradient`; may return NaN/∞ outside its domain. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Bounds and stopping rules; the gradient tolerance is on the largest projected-gradient component. */
export type MinimiseOptions = {
  lower?: ArrayLike<number>;
  upper?: ArrayLike<number>;
  gradientTolerance?: number;
  maxIterations?: number;
  /** Row-major n×n starting inverse Hessian, e.g. from a fit on a subsample (default identity). */
  inverseHessian?: Float64Array;
};

/** Result of a minimisation: `converged` means the projected gradient met the tolerance. */
export type MinimiseResult = {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
  inverseHessian?: Float64Array;
};

type Box = { lower: Float64Array; upper: Float64Array };

function makeBox(n: number, options: MinimiseOptions): Box {
  const lower = new Float64Array(n).fill(-Infinity);
  const upper = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < n; i++) {
    lower[i] = options.lower?.[i] ?? -Infinity;
    upper[i] = options.upper?.[i] ?? Infinity;
  }
  return { lower, upper };
}

function clampInto(box: Box, x: Float64Array): void {
  for (let i = 0; i < x.length; i++)
    x[i] = Math.min(box.upper[i] ?? 0, Math.max(box.lower[i] ?? 0, x[i] ?? 0));
}

function resetIdentity(h: Float64Array, n: number, scale: number): void {
  h.fill(0);
  for (let i = 0; i < n; i++) h[i * n + i] = scale;
}

/** BFGS on the inverse Hessian with bounds handled by projection; pure apart from calling `f`. */
export function minimiseBfgs(
  f: Objective,
  x0: ArrayLike<number>,
  options: MinimiseOptions = {},
): MinimiseResult {
  const n = x0.length;
  const box = makeBox(n, options);
  const gtol = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 500;
  const x = Float64Array.from(x0);
  clampInto(box, x);
  const g = new Float64Array(n);
  let fx = f(x, g);
  if (!Number.isFinite(fx)) return { x, value: fx, iterations: 0, converged: false };
  const h = new Float64Array(n * n);
  resetIdentity(h, n, 1);
  let updated = false;
  if (options.inverseHessian?.length === n * n) {
    h.set(options.inverseHessian);
    updated = true;
  }
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  const free = new Uint8Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let largest = 0;
    for (let i = 0; i < n; i++) {
      const gi = g[i] ?? 0;
      const xi = x[i] ?? 0;
      free[i] = (xi <= (box.lower[i] ?? 0) && gi > 0) || (xi >= (box.upper[i] ?? 0) && gi < 0) ? 0 : 1;
      if (free[i]) largest = Math.max(largest, Math.abs(gi));
    }
    if (largest <= gtol) return { x, value: fx, iterations: iteration, converged: true, inverseHessian: h };
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let di = 0;
      if (free[i]) for (let j = 0; j < n; j++) if (free[j]) di -= (h[i * n + j] ?? 0) * (g[j] ?? 0);
      d[i] = di;
      slope += di * (g[i] ?? 0);
    }
    if (!(slope < 0)) {
      resetIdentity(h, n, 1);
      updated = false;
      slope = 0;
      for (let i = 0; i < n; i++) {
        d[i] = free[i] ? -(g[i] ?? 0) : 0;
        slope -= free[i] ? (g[i] ?? 0) ** 2 : 0;
      }
    }
    // With a curvature model, a predicted decrease gᵀHg/2 at the rounding level of f means no
    // further step can be measured: stop here instead of spending evaluations on a line search.
    if (updated && -slope <= 1e-13 * Math.max(1, Math.abs(fx))) {
      return { x, value: fx, iterations: iteration, converged: true, inverseHessian: h };
    }
    // Before the first update the direction is the raw gradient, whose length means nothing.
    let step = updated ? 1 : Math.min(1, 1 / largest);
    let fNew = NaN;
    let accepted = false;
    let longest = 0;
    for (let i = 0; i < n; i++) longest = Math.max(longest, Math.abs(d[i] ?? 0) / (1 + Math.abs(x[i] ?? 0)));
    for (let search = 0; search < 30 && !accepted && step * longest > 1e-16; search++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] ?? 0) + step * (d[i] ?? 0);
      clampInto(box, xNew);
      fNew = f(xNew, gNew);
      let decrease = 0;
      for (let i = 0; i < n; i++) decrease += (g[i] ?? 0) * ((xNew[i] ?? 0) - (x[i] ?? 0));
      if (Number.isFinite(fNew) && fNew <= fx + 1e-4 * decrease && decrease <= 0) accepted = true;
      else if (Number.isFinite(fNew)) {
        // Minimiser of the quadratic through f(0), f'(0) and f(step), kept within [0.1, 0.5]·step.
        const curvature = fNew - fx - slope * step;
        const trial = curvature > 0 ? (-slope * step * step) / (2 * curvature) : 0.5 * step;
        step = Math.min(0.5 * step, Math.max(0.1 * step, trial));
      } else step *= 0.25;
    }
    if (!accepted) {
      // No decrease is measurable any more. With a curvature model, a predicted decrease gᵀHg/2 at
      // the rounding level of f means we are at the optimum as far as f can tell.
      const atNoiseFloor = updated && -slope <= 1e-12 * Math.max(1, Math.abs(fx));
      return { x, value: fx, iterations: iteration, converged: atNoiseFloor, inverseHessian: h };
    }
    let sy = 0;
    let yy = 0;
    let ss = 0;
    let newlyBound = false;
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] ?? 0) - (x[i] ?? 0);
      y[i] = (gNew[i] ?? 0) - (g[i] ?? 0);
      sy += (s[i] ?? 0) * (y[i] ?? 0);
      yy += (y[i] ?? 0) ** 2;
      ss += (s[i] ?? 0) ** 2;
      const atBound = xNew[i] === box.lower[i] || xNew[i] === box.upper[i];
      if (atBound && x[i] !== xNew[i]) newlyBound = true;
    }
    if (newlyBound) {
      resetIdentity(h, n, 1);
      updated = false;
    } else if (sy > 1e-12 * Math.sqrt(yy * ss)) {
      if (!updated) resetIdentity(h, n, sy / yy); // Nocedal & Wright eq. 6.20
      updateInverseHessian(h, n, s, y, hy, sy);
      updated = true;
    }
    x.set(xNew);
    g.set(gNew);
    fx = fNew;
  }
  return { x, value: fx, iterations: maxIterations, converged: false, inverseHessian: h };
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1/(yᵀs) (Nocedal & Wright eq. 6.17). */
function updateInverseHessian(
  h: Float64Array,
  n: number,
  s: Float64Array,
  y: Float64Array,
  hy: Float64Array,
  sy: number,
): void {
  let yhy = 0;
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < n; j++) acc += (h[i * n + j] ?? 0) * (y[j] ?? 0);
    hy[i] = acc;
    yhy += acc * (y[i] ?? 0);
  }
  const a = (sy + yhy) / (sy * sy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const si = s[i] ?? 0;
      const sj = s[j] ?? 0;
      h[i * n + j] = (h[i * n + j] ?? 0) + a * si * sj - ((hy[i] ?? 0) * sj + si * (hy[j] ?? 0)) / sy;
    }
  }
}

/**
 * BFGS from x0; if it stalls, Nelder–Mead from the best point so far, then BFGS again to polish.
 * Returns the lowest value seen; `converged` only when a BFGS run met the gradient tolerance.
 */
export function minimise(f: Objective, x0: ArrayLike<number>, options: MinimiseOptions = {}): MinimiseResult {
  const first = minimiseBfgs(f, x0, options);
  if (first.converged) return first;
  const gradient = new Float64Array(x0.length);
  const start = Number.isFinite(first.value) ? first.x : Float64Array.from(x0);
  const simplex = minimiseNelderMead((x) => f(x, gradient), start, options);
  const polished = minimiseBfgs(f, simplex.x, options);
  const iterations = first.iterations + simplex.iterations + polished.iterations;
  const best = [polished, simplex, first].reduce((p, q) => (q.value < p.value ? q : p));
  return { x: best.x, value: best.value, iterations, converged: polished.converged && best === polished };
}
