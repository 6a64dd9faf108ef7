/** Box bounds, iteration budget and the initial simplex edge (in the units of x). */
export type NelderMeadOptions = {
  lower?: ArrayLike<number>;
  upper?: ArrayLike<number>;
  maxIterations?: number;
  initialStep?: number;
};

/**
 * Derivative-free Nelder–Mead simplex search (Nelder & Mead 1965, with the adaptive coefficients
 * of Gao & Han 2012) inside a box; the fallback when BFGS stalls. `converged` means the simplex
 * collapsed below the tolerances, not that a gradient vanished.
 */
export function minimiseNelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  options: NelderMeadOptions = {},
): { x: Float64Array; value: number; iterations: number; converged: boolean } {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 400 * n;
  const lower = (i: number) => options.lower?.[i] ?? -Infinity;
  const upper = (i: number) => options.upper?.[i] ?? Infinity;
  const clamp = (p: Float64Array) => {
    for (let i = 0; i < n; i++) p[i] = Math.min(upper(i), Math.max(lower(i), p[i] ?? 0));
    return p;
  };
  const evaluate = (p: Float64Array) => {
    const v = f(p);
    return Number.isNaN(v) ? Infinity : v;
  };
  const reflect = 1;
  const expand = 1 + 2 / n;
  const contract = 0.75 - 1 / (2 * n);
  const shrink = 1 - 1 / n;
  const points: Float64Array[] = [];
  const values: number[] = [];
  for (let k = 0; k <= n; k++) {
    const p = clamp(Float64Array.from(x0));
    if (k > 0) {
      const i = k - 1;
      const step = options.initialStep ?? 0.5;
      const start = p[i] ?? 0;
      p[i] = start + step > upper(i) ? start - step : start + step;
      clamp(p);
    }
    points.push(p);
    values.push(evaluate(p));
  }
  const order = Array.from({ length: n + 1 }, (_, k) => k);
  const centroid = new Float64Array(n);
  const along = (coefficient: number, worst: Float64Array) =>
    clamp(centroid.map((c, i) => c + coefficient * (c - (worst[i] ?? 0))));
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    order.sort((p, q) => (values[p] ?? Infinity) - (values[q] ?? Infinity));
    const best = order[0] ?? 0;
    const worstIndex = order[n] ?? 0;
    const fBest = values[best] ?? Infinity;
    const fWorst = values[worstIndex] ?? Infinity;
    let diameter = 0;
    for (const k of order) {
      for (let i = 0; i < n; i++) {
        diameter = Math.max(diameter, Math.abs((points[k]?.[i] ?? 0) - (points[best]?.[i] ?? 0)));
      }
    }
    if (fWorst - fBest <= 1e-14 * (Math.abs(fBest) + 1e-300) && diameter <= 1e-10) {
      return {
        x: points[best] ?? Float64Array.from(x0),
        value: fBest,
        iterations: iteration,
        converged: true,
      };
    }
    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const p = points[order[k] ?? 0];
      for (let i = 0; i < n; i++) centroid[i] = (centroid[i] ?? 0) + (p?.[i] ?? 0) / n;
    }
    const worst = points[worstIndex] ?? centroid;
    const secondWorst = values[order[n - 1] ?? 0] ?? Infinity;
    const reflected = along(reflect, worst);
    const fReflected = evaluate(reflected);
    let replacement: Float64Array | undefined;
    let fReplacement = Infinity;
    if (fReflected < fBest) {
      const expanded = along(expand, worst);
      const fExpanded = evaluate(expanded);
      [replacement, fReplacement] = fExpanded < fReflected ? [expanded, fExpanded] : [reflected, fReflected];
    } else if (fReflected < secondWorst) {
      [replacement, fReplacement] = [reflected, fReflected];
    } else {
      const outside = fReflected < fWorst;
      const contracted = along(outside ? contract : -contract, worst);
      const fContracted = evaluate(contracted);
      if (fContracted < (outside ? fReflected : fWorst))
        [replacement, fReplacement] = [contracted, fContracted];
    }
    if (replacement) {
      points[worstIndex] = replacement;
      values[worstIndex] = fReplacement;
      continue;
    }
    const anchor = points[best] ?? centroid;
    for (const k of order.slice(1)) {
      const p = points[k] ?? centroid;
      for (let i = 0; i < n; i++) p[i] = (anchor[i] ?? 0) + shrink * ((p[i] ?? 0) - (anchor[i] ?? 0));
      values[k] = evaluate(clamp(p));
    }
  }
  order.sort((p, q) => (values[p] ?? Infinity) - (values[q] ?? Infinity));
  const best = order[0] ?? 0;
  return {
    x: points[best] ?? Float64Array.from(x0),
    value: values[best] ?? Infinity,
    iterations: iteration,
    converged: false,
  };
}
