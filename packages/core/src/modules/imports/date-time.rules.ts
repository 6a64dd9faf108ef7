/** How to read all-numeric dates whose year comes last: 03/04/2024 is 4 March (mdy) or 3 April (dmy). */
export type DateOrder = 'mdy' | 'dmy';

/** A date and time as written in a file; `offsetMinutes` only when the text carries one. */
export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number | null;
};

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:[T\s]+)(.*))?$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:(?:[T\s]+)(.*))?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T\s]+(.*))?$/;
const TIME =
  /^(上午|下午|凌晨|晚上)?\s*(\d{1,2})[:.时](\d{1,2})(?:[:.分](\d{1,2})(?:[.,]\d+)?秒?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a date with an optional time: ISO (`2024-03-05 14:30:00`, `2024-03-05T14:30+08:00`),
 * `YYYY/MM/DD HH:mm`, `2024年3月5日 14:30`, `YYYYMMDD`, and year-last forms (`3/5/2024 2:30 PM`,
 * `05-03-2024`, `3/5/24`) read month-first or day-first as `order` says. Times may use `.` as
 * separator (`11.38.36 AM`). Returns null for anything else or an impossible date.
 */
export function parseDateTime(text: string, order: DateOrder): WallClock | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let rest: string | undefined;
  let m = YEAR_FIRST.exec(value) ?? COMPACT.exec(value);
  if (m) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
    rest = m[4];
  } else {
    m = YEAR_LAST.exec(value);
    if (!m) return null;
    const first = Number(m[1]);
    const second = Number(m[2]);
    [month, day] = order === 'mdy' ? [first, second] : [second, first];
    year = m[3]!.length === 2 ? twoDigitYear(Number(m[3])) : Number(m[3]);
    rest = m[4];
  }
  if (!validDate(year, month, day)) return null;
  const clock: WallClock = { year, month, day, hour: 0, minute: 0, second: 0, offsetMinutes: null };
  if (rest === undefined || rest.trim() === '') return clock;
  const t = TIME.exec(rest.trim());
  if (!t) return null;
  let hour = Number(t[2]);
  const minute = Number(t[3]);
  const second = t[4] === undefined ? 0 : Number(t[4]);
  const meridiem = (t[5] ?? '').toLowerCase().replace(/\./g, '');
  const chinese = t[1];
  if (meridiem || chinese === '上午' || chinese === '下午' || chinese === '晚上') {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem === 'pm' || chinese === '下午' || chinese === '晚上';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  clock.hour = hour;
  clock.minute = minute;
  clock.second = second;
  clock.offsetMinutes = t[6] === undefined ? null : parseOffset(t[6]);
  return clock;
}

function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(text: string): number {
  if (text.toLowerCase() === 'z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** The date of a wall clock as `YYYY-MM-DD` (birthdays). */
export function toIsoDate(clock: WallClock): string {
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const HOUR = 3_600_000;

/** The offset of a time zone from UTC in minutes at an instant (cached per zone and hour). */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  const bucket = Math.floor(instantMs / HOUR);
  const key = `${timeZone}|${bucket}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const at = bucket * HOUR;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(at))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  const offset = Math.round((asUtc - at) / 60_000);
  if (offsets.size > 100_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/**
 * The instant a wall-clock time names in a time zone (the text's own offset wins when it has
 * one). A time that a daylight-saving change skips or repeats takes one of the two offsets.
 */
export function wallClockToInstant(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  if (clock.offsetMinutes !== null) return new Date(asUtc - clock.offsetMinutes * 60_000);
  const first = zoneOffsetMinutes(timeZone, asUtc);
  let instant = asUtc - first * 60_000;
  const second = zoneOffsetMinutes(timeZone, instant);
  if (second !== first) instant = asUtc - second * 60_000;
  return new Date(instant);
}

/** The store-local date (`YYYY-MM-DD`), hour and weekday (0 = Monday) of an instant. */
export function localParts(instant: Date, timeZone: string): { date: string; hour: number; dow: number } {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(timeZone, instant.getTime()) * 60_000);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    hour: local.getUTCHours(),
    dow: (local.getUTCDay() + 6) % 7,
  };
}
