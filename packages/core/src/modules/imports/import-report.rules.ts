import type { ImportReport } from '@regulars/contracts';

/** At most this many bad rows are listed one by one (all are counted). */
export const BAD_ROWS_LISTED = 1000;
/** At most this many sample lines are kept per quirk (all are counted). */
export const QUIRK_LINES_LISTED = 20;

/** A report with nothing counted yet. */
export function emptyReport(encoding: string, delimiter: string): ImportReport {
  return {
    encoding,
    delimiter,
    rows: 0,
    goodRows: 0,
    badRows: 0,
    badRowList: [],
    badReasons: {},
    quirks: {},
    guests: { created: 0, matched: 0, identitiesAttached: 0, mergeCandidates: 0, withOrders: 0 },
    orders: { inFile: 0, created: 0, alreadyPresent: 0, anonymous: 0, lines: 0 },
    cancellations: { invoices: 0, lines: 0, matchedLines: 0, unmatchedLines: 0, refundedFen: 0 },
    seconds: 0,
    rowsPerSecond: 0,
  };
}

/**
 * A stored report brought back to the current shape (missing parts filled with zeros), so a run
 * resumed after a crash keeps counting from the last checkpoint.
 */
export function restoreReport(
  stored: Record<string, unknown>,
  encoding: string,
  delimiter: string,
): ImportReport {
  const base = emptyReport(encoding, delimiter);
  const { error: _error, ...saved } = stored as Partial<ImportReport> & { error?: unknown };
  return {
    ...base,
    ...saved,
    encoding,
    delimiter,
    guests: { ...base.guests, ...saved.guests },
    orders: { ...base.orders, ...saved.orders },
    cancellations: { ...base.cancellations, ...saved.cancellations },
    badRowList: [...(saved.badRowList ?? [])],
    badReasons: { ...saved.badReasons },
    quirks: Object.fromEntries(
      Object.entries(saved.quirks ?? {}).map(([k, v]) => [k, { count: v.count, lines: [...v.lines] }]),
    ),
  };
}

/** Counts a refused row: its reason always, its line while fewer than `BAD_ROWS_LISTED` are listed. */
export function addBadRow(report: ImportReport, line: number, reason: string, detail?: string): void {
  report.rows++;
  report.badRows++;
  report.badReasons[reason] = (report.badReasons[reason] ?? 0) + 1;
  if (report.badRowList.length < BAD_ROWS_LISTED) {
    report.badRowList.push(detail === undefined ? { line, reason } : { line, reason, detail });
  }
}

/** Counts a row that was read (kept or skipped by rule). */
export function addGoodRow(report: ImportReport): void {
  report.rows++;
  report.goodRows++;
}

/** Counts a quirk of a row, keeping the first `QUIRK_LINES_LISTED` lines as samples. */
export function addQuirk(report: ImportReport, quirk: string, line: number): void {
  const entry = (report.quirks[quirk] ??= { count: 0, lines: [] });
  entry.count++;
  if (entry.lines.length < QUIRK_LINES_LISTED) entry.lines.push(line);
}

/** Plain sentences summing up a report, for the CLI and logs (counts only, no personal values). */
export function describeReport(report: ImportReport, kind: 'guests' | 'orders'): string[] {
  const lines = [
    `rows: ${report.rows} (good ${report.goodRows}, bad ${report.badRows}); encoding ${report.encoding}, delimiter ${JSON.stringify(report.delimiter)}`,
    `guests: ${report.guests.created} created, ${report.guests.matched} matched, ${report.guests.identitiesAttached} identities attached, ${report.guests.mergeCandidates} merge candidates`,
  ];
  if (kind === 'orders') {
    const o = report.orders;
    const c = report.cancellations;
    lines.push(
      `orders: ${o.inFile} in file, ${o.created} created (${o.anonymous} anonymous), ${o.alreadyPresent} already present, ${o.lines} lines; ${report.guests.withOrders} guests with orders`,
      `cancellations: ${c.lines} lines in ${c.invoices} invoices, ${c.matchedLines} recorded as refunds (${(c.refundedFen / 100).toFixed(2)}), ${c.unmatchedLines} without an identifiable original`,
    );
  }
  for (const [quirk, q] of Object.entries(report.quirks)) {
    lines.push(`quirk ${quirk}: ${q.count} rows (e.g. lines ${q.lines.slice(0, 5).join(', ')})`);
  }
  for (const [reason, count] of Object.entries(report.badReasons)) {
    const sample = report.badRowList.filter((b) => b.reason === reason).slice(0, 5);
    lines.push(`bad ${reason}: ${count} rows (e.g. lines ${sample.map((b) => b.line).join(', ')})`);
  }
  lines.push(`time: ${report.seconds.toFixed(1)} s, ${Math.round(report.rowsPerSecond)} rows/s`);
  return lines;
}

/** Adds one chunk's tally (rows, bad rows, quirks) to the job's report, keeping the caps. */
export function mergeTally(report: ImportReport, tally: ImportReport): void {
  report.rows += tally.rows;
  report.goodRows += tally.goodRows;
  report.badRows += tally.badRows;
  for (const [reason, count] of Object.entries(tally.badReasons)) {
    report.badReasons[reason] = (report.badReasons[reason] ?? 0) + count;
  }
  for (const bad of tally.badRowList) {
    if (report.badRowList.length >= BAD_ROWS_LISTED) break;
    report.badRowList.push(bad);
  }
  for (const [quirk, q] of Object.entries(tally.quirks)) {
    const entry = (report.quirks[quirk] ??= { count: 0, lines: [] });
    entry.count += q.count;
    for (const line of q.lines) if (entry.lines.length < QUIRK_LINES_LISTED) entry.lines.push(line);
  }
}
