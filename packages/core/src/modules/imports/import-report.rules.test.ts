import { describe, expect, it } from 'vitest';
import {
  addBadRow,
  addGoodRow,
  addQuirk,
  BAD_ROWS_LISTED,
  describeReport,
  emptyReport,
  mergeTally,
  QUIRK_LINES_LISTED,
  restoreReport,
} from './import-report.rules';

describe('import reports', () => {
  it('counts every bad row but lists only the first ones, with line and reason', () => {
    const report = emptyReport('utf-8', ',');
    for (let line = 2; line < BAD_ROWS_LISTED + 12; line++) addBadRow(report, line, 'unreadable_date', 'x');
    expect(report.badRows).toBe(BAD_ROWS_LISTED + 10);
    expect(report.badRowList).toHaveLength(BAD_ROWS_LISTED);
    expect(report.badRowList[0]).toEqual({ line: 2, reason: 'unreadable_date', detail: 'x' });
    expect(report.badReasons).toEqual({ unreadable_date: BAD_ROWS_LISTED + 10 });
  });

  it('adds a chunk tally to the job report within the same caps', () => {
    const report = emptyReport('utf-8', ',');
    const tally = emptyReport('utf-8', ',');
    addGoodRow(tally);
    addBadRow(tally, 3, 'missing_date');
    for (let line = 1; line <= QUIRK_LINES_LISTED + 5; line++) addQuirk(tally, 'zero_price', line);
    mergeTally(report, tally);
    mergeTally(report, tally);
    expect(report).toMatchObject({ rows: 4, goodRows: 2, badRows: 2, badReasons: { missing_date: 2 } });
    expect(report.quirks.zero_price!.count).toBe(2 * (QUIRK_LINES_LISTED + 5));
    expect(report.quirks.zero_price!.lines).toHaveLength(QUIRK_LINES_LISTED);
  });

  it('restores a stored report to keep counting after a crash, dropping an old error', () => {
    const stored = { rows: 5, goodRows: 5, orders: { created: 2 }, error: 'boom' };
    const restored = restoreReport(stored, 'gb18030', ';');
    expect(restored).toMatchObject({ rows: 5, encoding: 'gb18030', orders: { created: 2, lines: 0 } });
    expect('error' in restored).toBe(false);
  });

  it('sums a report up in sentences with counts only', () => {
    const report = emptyReport('utf-8', ',');
    addQuirk(report, 'cancellation', 7);
    const text = describeReport(report, 'orders').join('\n');
    expect(text).toMatch(/cancellations: 0 lines/);
    expect(text).toMatch(/quirk cancellation: 1 rows \(e\.g\. lines 7\)/);
  });
});
