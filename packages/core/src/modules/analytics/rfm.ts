/**
 * RFM scoring: quintile scores 1–5 for recency, frequency and monetary value, and named segments
 * from a rule table on the recency score and the combined frequency–monetary score.
 */

/** The ten RFM segments, best to worst roughly. */
export type RfmSegment =
  | 'champions'
  | 'loyal'
  | 'potential'
  | 'new'
  | 'promising'
  | 'need_attention'
  | 'at_risk'
  | 'cant_lose'
  | 'hibernating'
  | 'lost';

/** One row of the segment table: inclusive ranges of the R score and of FM = ⌊(F + M + 1)/2⌋. */
export type RfmSegmentRule = {
  segment: RfmSegment;
  recency: readonly [number, number];
  fm: readonly [number, number];
};

/**
 * The segment table; it partitions the 5×5 grid of (R, FM), so exactly one rule matches
 * (checked by a test). Adapted from the common R×F grid, with 'lost' for R = 1 and low FM.
 */
export const RFM_SEGMENT_RULES: readonly RfmSegmentRule[] = [
  { segment: 'champions', recency: [5, 5], fm: [4, 5] },
  { segment: 'loyal', recency: [3, 4], fm: [4, 5] },
  { segment: 'potential', recency: [4, 5], fm: [2, 3] },
  { segment: 'new', recency: [5, 5], fm: [1, 1] },
  { segment: 'promising', recency: [4, 4], fm: [1, 1] },
  { segment: 'need_attention', recency: [3, 3], fm: [1, 3] },
  { segment: 'cant_lose', recency: [1, 2], fm: [5, 5] },
  { segment: 'at_risk', recency: [1, 2], fm: [3, 4] },
  { segment: 'hibernating', recency: [2, 2], fm: [1, 2] },
  { segment: 'lost', recency: [1, 1], fm: [1, 2] },
];

/** Number of entries of `sorted` below `value` (or at most `value` when `inclusive`). */
function countBelow(sorted: Float64Array, value: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? 0;
    if (v < value || (inclusive && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quintile scores 1–5 by mid-rank: score = ⌈5·(L + E/2)/n⌉ with L values strictly worse and E equal
 * ones, so ties share a score and a better value never scores lower. `lower` means smaller is better.
 */
export function quintileScores(values: ArrayLike<number>, better: 'higher' | 'lower' = 'higher'): Uint8Array {
  const n = values.length;
  const sign = better === 'higher' ? 1 : -1;
  const sorted = Float64Array.from(values, (v) => {
    if (!Number.isFinite(v)) throw new RangeError(`cannot score ${v}`);
    return sign * v + 0;
  }).sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = sign * (values[i] ?? 0) + 0;
    const below = countBelow(sorted, v, false);
    const equal = countBelow(sorted, v, true) - below;
    scores[i] = Math.min(5, Math.max(1, Math.ceil((5 * (2 * below + equal)) / (2 * n))));
  }
  return scores;
}

/** R, F and M scores for customers: recency (time since last purchase, smaller is better), frequency, monetary. */
export function rfmScores(input: {
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
}): { recency: Uint8Array; frequency: Uint8Array; monetary: Uint8Array } {
  return {
    recency: quintileScores(input.recency, 'lower'),
    frequency: quintileScores(input.frequency, 'higher'),
    monetary: quintileScores(input.monetary, 'higher'),
  };
}

/** The segment of one customer's scores (each 1–5) from {@link RFM_SEGMENT_RULES}. */
export function rfmSegment(recency: number, frequency: number, monetary: number): RfmSegment {
  for (const score of [recency, frequency, monetary]) {
    if (!(Number.isInteger(score) && score >= 1 && score <= 5))
      throw new RangeError(`score out of range: ${score}`);
  }
  const fm = Math.floor((frequency + monetary + 1) / 2);
  const rule = RFM_SEGMENT_RULES.find(
    (r) => recency >= r.recency[0] && recency <= r.recency[1] && fm >= r.fm[0] && fm <= r.fm[1],
  );
  if (!rule) throw new RangeError(`no segment for R=${recency} FM=${fm}`);
  return rule.segment;
}
