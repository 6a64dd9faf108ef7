/** How day and month are ordered in dates written with slashes. */
export type DayOrder = 'mdy' | 'dmy';

/**
 * The calendar day a date is written for, as `YYYY-MM-DD` (no time-zone shift: the day as the
 * file states it). Reads ISO dates and date-times, `YYYYMMDD`, `YYYY/MM/DD`, `DD.MM.YYYY` and
 * `M/D/YYYY` or `D/M/YYYY` by `order`. Returns undefined for anything else or an impossible day.
 */
export function parseDay(text: string, order: DayOrder = 'mdy'): string | undefined {
  const value = text.trim();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$/.exec(value))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(value))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$/.exec(value))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(value))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    [m, d] = order === 'mdy' ? [a, b] : [b, a];
    y = Number(match[3]);
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}
