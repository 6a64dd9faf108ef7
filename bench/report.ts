import type { Figure } from './figures';
import type { Machine } from './machine';

/** Everything one bench run measured, as printed on the JSON line. */
export type BenchReport = {
  date: string;
  machine: Machine;
  settings: Record<string, unknown>;
  figures: Figure[];
  raw: Record<string, unknown>;
  totalSeconds: number;
};

/** Formats a figure's value with its unit: seconds to 2 decimals, MiB to 0, req/s with separators. */
export function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 's') return `${value.toFixed(2)} s`;
  if (unit === 'MiB') return `${value.toFixed(0)} MiB`;
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === 'rows/s') return `${Math.round(value).toLocaleString('en-US')} rows/s`;
  return `${Math.round(value).toLocaleString('en-US')} req/s`;
}

/** The human-readable table: one row per figure, with its reference, ratio and verdict. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['measurement', 'figure', 'compared with', 'ratio', 'verdict'];
  const rows = figures.map((figure) => [
    figure.label,
    formatValue(figure.value, figure.unit),
    figure.reference.label,
    `${figure.ratio.toFixed(2)}×`,
    formatVerdict(figure),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const details = figures
    .filter((figure) => figure.detail)
    .map((figure) => `  ${figure.label}: ${figure.detail}`);
  return [line(header), rule, ...rows.map(line), '', ...details].join('\n');
}

/** `ok (≤ 1)`, `MISSED (≥ 0.5)`, or `info` for a diagnostic. */
export function formatVerdict(figure: Figure): string {
  const goal = figure.goal;
  if (goal.kind === 'info') return 'info';
  return `${figure.pass ? 'ok' : 'MISSED'} (${goal.kind === 'at-most' ? '≤' : '≥'} ${goal.limit})`;
}

/** The machine in one line: CPU model, cores, memory, Node version, kernel. */
export function formatMachine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, Node ${machine.node}, Linux ${machine.kernel}`;
}

/** The whole report as a single JSON line (figures keyed by name) for scripts and history. */
export function formatJsonLine(report: BenchReport): string {
  const figures = Object.fromEntries(
    report.figures.map((figure) => [
      figure.key,
      {
        value: round(figure.value),
        unit: figure.unit,
        reference: figure.reference,
        ratio: round(figure.ratio),
        goal: figure.goal,
        pass: figure.pass,
      },
    ]),
  );
  return JSON.stringify({ ...report, figures });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
