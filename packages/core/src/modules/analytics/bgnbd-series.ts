/**
 * A cancellation-free series for the BG/NBD expected number of transactions,
 *   N(t; R, A, a, B) = C/(a−1) · [1 − (A/(A+t))^R · 2F1(R, B; C; z)],  C = a+B−1, z = t/(A+t),
 * which is E[X(t)] of Fader, Hardie & Lee (2005, eq. 9) and, with R = r+x, A = α+T, B = b+x,
 * the numerator of their conditional expectation (eq. 10).
 *
 * The textbook form subtracts two nearly equal numbers, divides by a−1, and for large x the
 * 2F1 terms overflow. Writing 2F1 minus its C → ∞ limit term by term gives two series whose
 * terms are all positive (derivation in docs/analytics.md):
 *   E-form (Euler transform):  N = (1−z)^(a−1) Σ_{n≥1} (a)_{n−1}/n! · E_n · zⁿ,
 *     E_1 = R,  E_{n+1} = E_n + (C − E_n)·R/(C+n)          (E_n = C·(1 − (C−R)_n/(C)_n))
 *   Q-form (direct):           N = (1−z)^R Σ_{n≥1} (R)_n/n! · Q_n · zⁿ,
 *     Q_1 = 1,  Q_{n+1} = Q_n + (C − (a−1)·Q_n)/(C+n)      (Q_n = C·(1 − (B)_n/(C)_n)/(a−1))
 * Q_n > 0 always; E_n > 0 when C > 0 and R < 2C. The terms peak near n ≈ k·z/(1−z), k = a for
 * the E-form and R for the Q-form, then fall like zⁿ; the form with the smaller k is used.
 */

const TOLERANCE = 1e-17;
const MAX_TERMS = 5_000_000;
const RESCALE_AT = 1e200;
const LOG_RESCALE = Math.log(1e200);

// Terms of the series at the largest z (index n = 1..count) for reweighting to other horizons.
const terms = new Float64Array(8192);
const state = { count: 0, sum: 0, logScale: 0 };

/**
 * The hot path: sums the series at z into `state`, storing the terms when asked. Returns false,
 * leaving the work to {@link sumSafely}, when a coefficient nears overflow or the store is full;
 * keeping that handling out of this loop makes it about twice as fast.
 */
function sumFast(R: number, a: number, C: number, useEuler: boolean, z: number, store: boolean): boolean {
  let x = useEuler ? R : 1; // E_n or Q_n
  let g = useEuler ? z : R * z; // (a)_{n−1}/n! · zⁿ or (R)_n/n! · zⁿ
  let term = R * z;
  let sum = term;
  const limit = store ? terms.length - 1 : MAX_TERMS;
  if (store) terms[1] = term;
  for (let n = 1; n < limit; n++) {
    if (useEuler) {
      const k = R / (C + n);
      x = x * (1 - k) + C * k;
      g *= ((a + n - 1) * z) / (n + 1);
    } else {
      const j = 1 / (C + n);
      x = x * (1 - (a - 1) * j) + C * j;
      g *= ((R + n) * z) / (n + 1);
    }
    const previous = term;
    term = g * x;
    sum += term;
    if (g > RESCALE_AT) return false;
    if (store) terms[n + 1] = term;
    // Past the peak the term ratios tend to z monotonically, so the tail is below term·q/(1−q).
    if (term * z <= TOLERANCE * sum) {
      const q = Math.max(term / previous, z);
      if (q < 1 && term * q <= TOLERANCE * sum * (1 - q)) {
        state.count = n + 1;
        state.sum = sum;
        state.logScale = 0;
        return true;
      }
    }
  }
  return false;
}

/** The same sum with the running coefficient rescaled by 1e200 whenever it grows past it. */
function sumSafely(R: number, a: number, C: number, useEuler: boolean, z: number): void {
  let x = useEuler ? R : 1;
  let g = useEuler ? z : R * z;
  let term = R * z;
  let sum = term;
  let logScale = 0;
  for (let n = 1; n < MAX_TERMS; n++) {
    const next = useEuler ? x + ((C - x) * R) / (C + n) : x + (C - (a - 1) * x) / (C + n);
    g *= ((useEuler ? a + n - 1 : R + n) * z) / (n + 1);
    x = next;
    if (g > RESCALE_AT) {
      g /= RESCALE_AT;
      sum /= RESCALE_AT;
      term /= RESCALE_AT;
      logScale += LOG_RESCALE;
    }
    const previous = term;
    term = g * x;
    sum += term;
    const q = Math.max(term / previous, z);
    if (q < 1 && term * q <= TOLERANCE * sum * (1 - q)) break;
  }
  state.sum = sum;
  state.logScale = logScale;
}

/** Σ terms[n]·shrinkⁿ to the same tolerance into `state`; false if the powers underflow first. */
function reweight(z: number, shrink: number): boolean {
  let power = shrink;
  let sum = 0;
  let previous = 0;
  const count = state.count;
  for (let n = 1; n < count; n++) {
    const term = (terms[n] ?? 0) * power;
    sum += term;
    if (term * z <= TOLERANCE * sum) {
      if (power === 0) return false;
      const q = Math.max(term / previous, z);
      if (q < 1 && term * q <= TOLERANCE * sum * (1 - q)) {
        state.sum = sum;
        return true;
      }
    }
    previous = term;
    power *= shrink;
  }
  return false;
}

function finish(logPrefactor: number, sum: number, logScale: number): number {
  return logScale === 0 && logPrefactor > -700 && logPrefactor < 700
    ? Math.exp(logPrefactor) * sum
    : Math.exp(logPrefactor + logScale + Math.log(sum));
}

/**
 * Writes N(t_m; R, A, a, B) for every horizon t_m ≥ 0 into `out` (same time unit as A).
 * R, A, a > 0 and B > 0 (B = +∞ gives the NBD limit R·t/A); relative accuracy ~1e-15.
 * Terms are generated once at the largest horizon and reweighted by (z_m/z_max)ⁿ for the others.
 */
export function expectedTransactionsSeriesInto(
  R: number,
  A: number,
  a: number,
  B: number,
  horizons: ArrayLike<number>,
  out: Float64Array,
): void {
  const m = horizons.length;
  const C = a + B - 1;
  if (!(R > 0 && A > 0 && a > 0 && B > 0)) {
    out.fill(NaN, 0, m);
    return;
  }
  const useEuler = Number.isFinite(C) && C > 0 && R < 2 * C && a < R;
  const exponent = useEuler ? a - 1 : R;
  let zMax = 0;
  let largest = -1;
  let pending = 0;
  for (let h = 0; h < m; h++) {
    const t = horizons[h] ?? NaN;
    out[h] = NaN;
    if (!(t >= 0)) continue;
    else if (t === 0) out[h] = 0;
    else if (!Number.isFinite(C))
      out[h] = (R * t) / A; // b → ∞: no drop-out, NBD mean (FHL 2005 §2)
    else if (t === Infinity)
      out[h] = a > 1 ? C / (a - 1) : Infinity; // E[1/p] under Beta(a, B)
    else if (t < 1e-200 * A)
      out[h] = (R * t) / A; // first-order term; the rest is below rounding
    else {
      pending++;
      if (t / (A + t) > zMax) {
        zMax = t / (A + t);
        largest = h;
      }
    }
  }
  if (pending === 0) return;
  const stored = sumFast(R, a, C, useEuler, zMax, pending > 1);
  if (!stored) sumSafely(R, a, C, useEuler, zMax);
  out[largest] = finish(-exponent * Math.log1p((horizons[largest] ?? 0) / A), state.sum, state.logScale);
  for (let h = 0; h < m && pending > 1; h++) {
    const t = horizons[h] ?? NaN;
    if (h === largest || !(t > 0 && t < Infinity)) continue;
    const z = t / (A + t);
    if (!(stored && reweight(z, z / zMax)) && !sumFast(R, a, C, useEuler, z, false)) {
      sumSafely(R, a, C, useEuler, z);
    }
    out[h] = finish(-exponent * Math.log1p(t / A), state.sum, state.logScale);
  }
}

const oneHorizon = new Float64Array(1);
const oneResult = new Float64Array(1);

/** N(t; R, A, a, B) for a single horizon t ≥ 0; see {@link expectedTransactionsSeriesInto}. */
export function expectedTransactionsSeries(R: number, A: number, a: number, B: number, t: number): number {
  oneHorizon[0] = t;
  expectedTransactionsSeriesInto(R, A, a, B, oneHorizon, oneResult);
  return oneResult[0] ?? NaN;
}
