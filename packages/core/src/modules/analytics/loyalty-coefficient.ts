/**
 * Loyalty coefficient (LOY-1): a weighted mean, scaled to 0–100, of component scores in [0, 1]
 * (repeat ratio, visit frequency, spend, and when known NPS and satisfaction); weights re-normalise
 * over the components a guest has. Aggregated per store and brand.
 */

/** The components of the coefficient. */
export type LoyaltyComponent = 'repeat' | 'frequency' | 'spend' | 'nps' | 'satisfaction';

/**
 * One guest: visits (orders) in the period, visits per 30 days, spend in fen, and when known the
 * likelihood to recommend (0–10, the NPS question) and satisfaction (1–5); null = not asked.
 */
export type LoyaltyInput = {
  visits: number;
  visitsPer30Days: number;
  spendFen: number;
  nps?: number | null;
  satisfaction?: number | null;
};

/** Non-negative weight per component; only their ratios matter. */
export type LoyaltyWeights = Record<LoyaltyComponent, number>;

/** The frequency and the spend that score 0.5: score = v/(v + half). */
export type LoyaltyScales = { frequencyHalf: number; spendHalfFen: number };

/** The declared weights: behaviour 70 % (repeat 25, frequency 25, spend 20), opinion 30 % (NPS 15, satisfaction 15). */
export const LOYALTY_WEIGHTS: LoyaltyWeights = {
  repeat: 0.25,
  frequency: 0.25,
  spend: 0.2,
  nps: 0.15,
  satisfaction: 0.15,
};

/** Default half-points: 2 visits per 30 days and ¥500 in the period score 0.5 (set per brand, e.g. medians). */
export const DEFAULT_LOYALTY_SCALES: LoyaltyScales = { frequencyHalf: 2, spendHalfFen: 50_000 };

/** Guests whose coefficient is strictly above this count as highly loyal in the aggregates. */
export const LOYALTY_HIGH_THRESHOLD = 60;

/**
 * The coefficient in [0, 100], the component scores in [0, 1] that were present, and the weights
 * actually used (re-normalised to sum to 1 over the present components).
 */
export type LoyaltyScore = {
  coefficient: number;
  components: Partial<Record<LoyaltyComponent, number>>;
  weights: Partial<Record<LoyaltyComponent, number>>;
};

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

const present = (v: number | null | undefined): v is number => v !== undefined && v !== null;

/** Component scores in [0, 1] of one guest; throws RangeError on an impossible input. */
export function loyaltyComponents(
  input: LoyaltyInput,
  scales: LoyaltyScales = DEFAULT_LOYALTY_SCALES,
): Partial<Record<LoyaltyComponent, number>> {
  const { visits, visitsPer30Days, spendFen, nps, satisfaction } = input;
  check(Number.isInteger(visits) && visits >= 0, `visits must be a whole number ≥ 0, got ${visits}`);
  check(Number.isFinite(visitsPer30Days) && visitsPer30Days >= 0, `bad visit frequency ${visitsPer30Days}`);
  check(Number.isFinite(spendFen) && spendFen >= 0, `bad spend ${spendFen}`);
  check(scales.frequencyHalf > 0 && scales.spendHalfFen > 0, 'half-points must be positive');
  const components: Partial<Record<LoyaltyComponent, number>> = {
    repeat: visits > 0 ? (visits - 1) / visits : 0,
    frequency: visitsPer30Days / (visitsPer30Days + scales.frequencyHalf),
    spend: spendFen / (spendFen + scales.spendHalfFen),
  };
  if (present(nps)) {
    check(Number.isFinite(nps) && nps >= 0 && nps <= 10, `NPS answer must be 0–10, got ${nps}`);
    components.nps = nps / 10;
  }
  if (present(satisfaction)) {
    check(
      Number.isFinite(satisfaction) && satisfaction >= 1 && satisfaction <= 5,
      `satisfaction must be 1–5, got ${satisfaction}`,
    );
    components.satisfaction = (satisfaction - 1) / 4;
  }
  return components;
}

/**
 * Loyalty coefficient of one guest = 100 · Σ wᶜ·scoreᶜ / Σ wᶜ over the components present. Pure;
 * non-decreasing in every input; the weights default to {@link LOYALTY_WEIGHTS}.
 */
export function loyaltyCoefficient(
  input: LoyaltyInput,
  options: { weights?: LoyaltyWeights; scales?: LoyaltyScales } = {},
): LoyaltyScore {
  const weights = options.weights ?? LOYALTY_WEIGHTS;
  const components = loyaltyComponents(input, options.scales);
  let total = 0;
  const names = Object.keys(components) as LoyaltyComponent[];
  for (const name of names) {
    check(Number.isFinite(weights[name]) && weights[name] >= 0, `weight of ${name} must be ≥ 0`);
    total += weights[name];
  }
  check(total > 0, 'the weights of the present components sum to 0');
  const used: Partial<Record<LoyaltyComponent, number>> = {};
  let sum = 0;
  for (const name of names) {
    used[name] = weights[name] / total;
    sum += (weights[name] / total) * (components[name] ?? 0);
  }
  return { coefficient: Math.min(100, Math.max(0, 100 * sum)), components, weights: used };
}

/** Half-points from a population: the medians of the positive visit frequencies and spends. */
export function loyaltyScalesFromMedians(inputs: readonly LoyaltyInput[]): LoyaltyScales {
  const median = (values: number[], fallback: number) => {
    const sorted = values.filter((v) => v > 0 && Number.isFinite(v)).sort((a, b) => a - b);
    if (sorted.length === 0) return fallback;
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[mid] ?? fallback) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  };
  return {
    frequencyHalf: median(
      inputs.map((i) => i.visitsPer30Days),
      DEFAULT_LOYALTY_SCALES.frequencyHalf,
    ),
    spendHalfFen: median(
      inputs.map((i) => i.spendFen),
      DEFAULT_LOYALTY_SCALES.spendHalfFen,
    ),
  };
}
