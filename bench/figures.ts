/**
 * How a figure is judged: at most `limit` × its reference (times, memory), at least (throughput),
 * or not at all (`info`: a diagnostic shown to explain another figure).
 */
export type Goal = { kind: 'at-most' | 'at-least'; limit: number } | { kind: 'info' };

/** One reported measurement: its value, what it is compared with, and the ratio between them. */
export type Figure = {
  key: string;
  label: string;
  value: number;
  unit: 's' | 'ms' | 'MiB' | 'req/s' | 'rows/s';
  /** Extra detail for the table: individual runs, latency percentiles. */
  detail: string;
  /** The reference the ratio is taken against: a stated target or a baseline measured in this run. */
  reference: { label: string; value: number };
  ratio: number;
  goal: Goal;
  pass: boolean;
};

/** A figure judged against a stated upper bound (the ratio is value / target; ≤ 1 passes). */
export function againstTarget(
  key: string,
  label: string,
  value: number,
  unit: Figure['unit'],
  target: number,
  detail = '',
): Figure {
  return judgedAgainst('at-most', key, label, value, unit, target, detail);
}

/** A figure judged against a stated lower bound (the ratio is value / target; ≥ 1 passes). */
export function atLeastTarget(
  key: string,
  label: string,
  value: number,
  unit: Figure['unit'],
  target: number,
  detail = '',
): Figure {
  return judgedAgainst('at-least', key, label, value, unit, target, detail);
}

function judgedAgainst(
  kind: 'at-most' | 'at-least',
  key: string,
  label: string,
  value: number,
  unit: Figure['unit'],
  target: number,
  detail: string,
): Figure {
  const ratio = value / target;
  return {
    key,
    label,
    value,
    unit,
    detail,
    reference: {
      label: `target ${kind === 'at-most' ? '≤' : '≥'} ${target.toLocaleString('en-US')} ${unit}`,
      value: target,
    },
    ratio,
    goal: { kind, limit: 1 },
    pass: kind === 'at-most' ? ratio <= 1 : ratio >= 1,
  };
}

/**
 * A throughput against a baseline of the same run (the ratio is value / baseline): ≥ minRatio
 * passes; without minRatio the figure is a diagnostic and always passes.
 */
export function againstBaseline(
  key: string,
  label: string,
  value: number,
  baseline: { label: string; value: number },
  minRatio: number | undefined,
  detail = '',
  unit: Figure['unit'] = 'req/s',
): Figure {
  const ratio = value / baseline.value;
  return {
    key,
    label,
    value,
    unit,
    detail,
    reference: baseline,
    ratio,
    goal: minRatio === undefined ? { kind: 'info' } : { kind: 'at-least', limit: minRatio },
    pass: minRatio === undefined || ratio >= minRatio,
  };
}
