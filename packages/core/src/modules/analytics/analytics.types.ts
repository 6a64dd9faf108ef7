/** BG/NBD parameters: λ ~ Gamma(shape r, rate α), p ~ Beta(a, b); α is in the data's time unit. */
export type BgNbdParams = { r: number; alpha: number; a: number; b: number };

/** Gamma-Gamma spend parameters: z ~ Gamma(p, ν), ν ~ Gamma(shape q, rate γ); γ is in money units. */
export type GammaGammaParams = { p: number; q: number; gamma: number };

/**
 * Per-customer calibration summary, column-major (index i is one customer): x repeat transactions,
 * t_x time of the last one and T time since the first purchase, both from the first purchase.
 */
export type SummaryColumns = { x: ArrayLike<number>; tx: ArrayLike<number>; T: ArrayLike<number> };

/** A summary plus the mean value of the repeat transactions (0 when x = 0). */
export type SpendColumns = { x: ArrayLike<number>; zbar: ArrayLike<number> };
